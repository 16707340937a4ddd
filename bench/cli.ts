import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { median } from "../scripts/package/cold-import";
import { repositoryRoot } from "../scripts/package/package-functions";
import { pnpmRunner } from "../scripts/pnpm-runner";

/*
 * `pnpm bench:cli`: how fast the `futodama` command answers, the way a person runs it — a fresh
 * process per run, from spawn to exit (Node's start-up, the bundle, the taxonomy, the parse and
 * the JSON out). Issue 9 asks `pnpm -s futodama parse cv.pdf --json` to start in well under a
 * second. Measured: `node scripts/futodama.mjs parse …` (what the pnpm script runs), and pnpm's
 * own start (`pnpm --version`) and `pnpm -s futodama help` when the bench runs under pnpm. The first run (which may rebuild
 * the bundle) is not counted. Results in bench/results/cli.json; docs/benchmarks.md.
 */
const runs = Number(process.env.CLI_RUNS ?? 7);
const files = [
  "bench/corpus/cvs/cv-da-03.pdf",
  "bench/corpus/cvs/cv-ar-01.txt",
  "bench/corpus/cvs/cv-ar-03.docx",
  "bench/corpus/jobs/job-en-05.pdf",
];

interface Run {
  wallMs: number;
  cpuMs: number;
}

function once(command: string, args: string[]): Run {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: repositoryRoot, encoding: "utf8", maxBuffer: 64 << 20 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  const cpu = /cli-probe-cpu-ms ([\d.]+)/.exec(child.stderr)?.[1];
  return { wallMs, cpuMs: cpu === undefined ? Number.NaN : Number(cpu) };
}

function measure(label: string, command: string, args: string[]) {
  once(command, args);
  const measured = Array.from({ length: runs }, () => once(command, args));
  const row = {
    label,
    wallMedianMs: Math.round(median(measured.map((r) => r.wallMs))),
    wallRunsMs: measured.map((r) => Math.round(r.wallMs)),
    cpuMedianMs: Math.round(median(measured.map((r) => r.cpuMs))),
  };
  console.log(
    `| ${label} | ${row.wallMedianMs} | ${Number.isNaN(row.cpuMedianMs) ? "–" : row.cpuMedianMs} |`,
  );
  return row;
}

const probe = ["--import", "./bench/support/cli-probe.mjs"];
console.log("| command | median wall ms | median CPU ms |\n| --- | --- | --- |");
const rows = files.map((file) =>
  measure(`futodama parse ${file} --json`, process.execPath, [
    ...probe,
    "scripts/futodama.mjs",
    "parse",
    file,
    "--json",
  ]),
);
rows.push(measure("futodama help", process.execPath, [...probe, "scripts/futodama.mjs", "help"]));
// The two ways a person types it, end to end: the repository's launcher, and through pnpm.
const [pdf] = files;
rows.push(measure(`./futodama parse ${pdf} --json`, "./futodama", ["parse", `${pdf}`, "--json"]));
const pnpm = pnpmRunner();
if (pnpm) {
  const { command, args } = pnpm;
  rows.push(measure("pnpm --version (pnpm's own start)", command, [...args, "--version"]));
  rows.push(
    measure(`pnpm -s futodama parse ${pdf} --json`, command, [
      ...args,
      "-s",
      "futodama",
      "parse",
      `${pdf}`,
      "--json",
    ]),
  );
  // The floor through pnpm: its own start and the CLI's, with no document read.
  rows.push(measure("pnpm -s futodama help", command, [...args, "-s", "futodama", "help"]));
}

mkdirSync(join(repositoryRoot, "bench/results"), { recursive: true });
writeFileSync(
  join(repositoryRoot, "bench/results/cli.json"),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      runs,
      commands: rows,
    },
    null,
    2,
  )}\n`,
);
console.log(`load ${loadavg()[0]?.toFixed(1)}; bench/results/cli.json written`);
