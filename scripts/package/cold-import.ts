import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/*
 * A cold import as Lambda's init phase does it: a fresh Node process (the project's Node 24)
 * that imports the artifact's bundle.mjs from its own folder. The time is measured inside the
 * process around the import, so Node's own start-up (the same for every function) is left out:
 * the wall time, and the CPU time the process spent (user + system), which a busy shared
 * machine inflates far less than the wall time.
 */
const probe = [
  "const cpu = process.cpuUsage();",
  "const started = performance.now();",
  "await import(process.argv[1]);",
  "const wall = performance.now() - started;",
  "const used = process.cpuUsage(cpu);",
  'process.stdout.write(wall + " " + (used.user + used.system) / 1000);',
  // Whatever the bundle opened at import time (a pool, a timer) must not keep it alive.
  "process.exit(0);",
].join("\n");

export interface ImportRun {
  wallMs: number;
  cpuMs: number;
}

export async function coldImport(artifactDir: string): Promise<ImportRun> {
  const bundle = pathToFileURL(join(artifactDir, "bundle.mjs")).href;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe, bundle], {
    cwd: artifactDir,
    env: { LAMBDA_TASK_ROOT: artifactDir, AWS_REGION: "us-east-1", TZ: ":UTC" },
  });
  const [wallMs = Number.NaN, cpuMs = Number.NaN] = stdout.trim().split(" ").map(Number);
  return { wallMs, cpuMs };
}

export interface ColdImport {
  runsMs: number[];
  medianMs: number;
  cpuRunsMs: number[];
  cpuMedianMs: number;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** `runs` fresh processes, one after another (so they do not compete for the CPU). */
export async function measureColdImport(artifactDir: string, runs = 5): Promise<ColdImport> {
  const measured: ImportRun[] = [];
  for (let i = 0; i < runs; i++) measured.push(await coldImport(artifactDir));
  const runsMs = measured.map((r) => r.wallMs);
  const cpuRunsMs = measured.map((r) => r.cpuMs);
  return { runsMs, medianMs: median(runsMs), cpuRunsMs, cpuMedianMs: median(cpuRunsMs) };
}
