/**
 * Load and soak against the local runtime, as a client sees it: `futodama serve` in its own
 * process (the bundled CLI, loopback only, a fresh data directory), seeded through the API with
 * CVs and a job, then autocannon at 10/50/100 concurrent clients on reads, lists, uploads and
 * step 1, and (once the uploads are ingested) a soak of mixed reads while the server's RSS is
 * sampled from /proc.
 *
 *   pnpm bench:load [--seconds=20] [--soak-minutes=10] [--warmup-minutes=3] [--cvs=200]
 *                   [--clients=10,50,100|none] [--only=get,list,step1,upload]
 *
 * Results: bench/results/load-soak.json and the table in docs/benchmarks.md.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { replaceSection } from "./support/docs";
import { runCli, startServer } from "./support/server";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const seconds = Number(arg("seconds", "20"));
const soakMinutes = Number(arg("soak-minutes", "10"));
// The soak's own load runs this long before its measured minutes: V8 sizes its heap to the new
// allocation pattern over the first one to two minutes (sampled from /proc: +90–100 MB, then flat),
// which is not a leak and must not be read as one.
const warmupMinutes = Number(arg("warmup-minutes", "3"));
const cvCount = Number(arg("cvs", "200"));
// `--clients=none`: the soak alone, over a server with nothing queued (no cells' uploads still ingesting).
const clientLevels =
  arg("clients", "10,50,100") === "none" ? [] : arg("clients", "10,50,100").split(",").map(Number);

// While tuning one cell: `--only=step1` runs that scenario alone at each level.
const scenarios = new Set(arg("only", "get,list,step1,upload").split(","));

const root = join(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "futodama-load-"));

function syntheticCv(i: number): string {
  const skills = ["TypeScript", "PostgreSQL", "AWS", "React", "Python", "Kubernetes", "SAP", "Excel"];
  const pick = (k: number) => skills[(i * 7 + k * 3) % skills.length];
  return [
    `Candidate ${i} Testperson`,
    `candidate${i}@example.org | +45 20 ${String(i).padStart(6, "0")} | Copenhagen, Denmark`,
    "",
    "Experience",
    `Software Engineer, Company ${i % 97} — Jan ${2010 + (i % 10)} – Present`,
    `- Built services in ${pick(1)} and ${pick(2)}.`,
    "",
    "Education",
    "BSc Computer Science, University of Copenhagen, 2006 – 2009",
    "",
    "Skills",
    [pick(1), pick(2), pick(3), pick(4)].join(", "),
    "",
  ].join("\n");
}

const jobText = `Senior Backend Engineer\nCopenhagen, Denmark (hybrid)\n\nRequirements\n- 5+ years of TypeScript\n- PostgreSQL\n- AWS\n\nNice to have\n- React\n`;

interface Row {
  scenario: string;
  clients: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function run(
  scenario: string,
  clients: number,
  options: Omit<autocannon.Options, "url" | "connections" | "duration"> & { url: string },
): Promise<Row> {
  const result = await autocannon({ ...options, connections: clients, duration: seconds });
  return {
    scenario,
    clients,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function seed(url: string, token: string) {
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const ids: string[] = [];
  for (let i = 0; i < cvCount; i++) {
    const res = await fetch(`${url}/api/resumes`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ text: syntheticCv(i) }),
    });
    ids.push(((await res.json()) as { id: string }).id);
  }
  const job = (await (
    await fetch(`${url}/api/jobs`, { method: "POST", headers: auth, body: JSON.stringify({ text: jobText }) })
  ).json()) as { id: string };
  const deadline = Date.now() + 10 * 60_000;
  for (const id of [...ids.map((i) => `resumes/${i}`), `jobs/${job.id}`]) {
    for (;;) {
      const body = (await (await fetch(`${url}/api/${id}`, { headers: auth })).json()) as { status: string };
      if (body.status === "parsed" || body.status === "failed") break;
      if (Date.now() > deadline) throw new Error(`seeding: ${id} still ${body.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { resumeIds: ids, jobId: job.id };
}

/** The process and everything it started: `node_modules/.bin/node` is a shell wrapper around Node. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const listed = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (listed) children = children.concat(listed.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of the server: the sum over its process tree (the wrapper shell included, ~2 MB). */
function rssMb(pid: number): number {
  let kb = 0;
  for (const each of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended between listing and reading
    }
  }
  return Math.round(kb / 1024);
}

/** Waits (at most 30 min) until no CV is queued or processing; the seconds it took. */
async function backlogDrained(url: string, token: string): Promise<number> {
  const started = Date.now();
  const headers = { authorization: `Bearer ${token}` };
  const waiting = async (status: string) => {
    const page = await fetch(`${url}/api/resumes?status=${status}&limit=1`, { headers });
    return ((await page.json()) as { total: number }).total;
  };
  while (Date.now() - started < 30 * 60_000) {
    const left = (await waiting("queued")) + (await waiting("processing"));
    if (left === 0) break;
    console.log(`waiting for the ingest backlog: ${left} CVs left`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  return Math.round((Date.now() - started) / 1000);
}

async function soak(url: string, token: string, ids: string[], pid: number) {
  const samples: { minute: number; rssMb: number }[] = [];
  const started = Date.now();
  const sample = () =>
    samples.push({ minute: Math.round((Date.now() - started) / 600) / 100, rssMb: rssMb(pid) });
  const timer = setInterval(sample, 5_000);
  let i = 0;
  const result = await autocannon({
    url,
    connections: 20,
    duration: (warmupMinutes + soakMinutes) * 60,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          method: "GET",
          path: i++ % 2 === 0 ? "/api/resumes?limit=20" : `/api/resumes/${ids[i % ids.length]}`,
        }),
      },
    ],
  });
  clearInterval(timer);
  sample();
  const measured = samples.filter((s) => s.minute >= warmupMinutes);
  const growth = (from: number, to: number) => (from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : 0);
  const baseline = measured[0]?.rssMb ?? 0;
  const last = measured.at(-1)?.rssMb ?? 0;
  // A leak keeps growing: the second half of the measured minutes alone, beside the whole.
  const half = measured.find((s) => s.minute >= warmupMinutes + soakMinutes / 2)?.rssMb ?? baseline;
  return {
    warmupMinutes,
    minutes: soakMinutes,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssStartMb: samples[0]?.rssMb ?? 0,
    rssAfterWarmupMb: baseline,
    rssEndMb: last,
    rssMaxMb: Math.max(...samples.map((s) => s.rssMb)),
    growthPercent: growth(baseline, last),
    secondHalfGrowthPercent: growth(half, last),
    perMinute: samples.filter((s) => Math.abs(s.minute - Math.round(s.minute)) < 0.05),
  };
}

const server = await startServer(root, dataDir);
try {
  const token = runCli(root, dataDir, ["token", "--tenant", "load", "--role", "recruiter"]);
  const { resumeIds, jobId } = await seed(server.url, token);
  const headers = { authorization: `Bearer ${token}` };
  const rows: Row[] = [];
  let n = 0;
  const drains: number[] = [];
  for (const clients of clientLevels) {
    // Each level starts on a settled server: the previous level's uploads are ingested first, so
    // a read cell measures reads, not reads beside an ingest backlog of 1,500 CVs.
    if (rows.some((row) => row.scenario.startsWith("upload")))
      drains.push(await backlogDrained(server.url, token));
    if (scenarios.has("get")) {
      rows.push(
        await run("get by id", clients, { url: `${server.url}/api/resumes/${resumeIds[0]}`, headers }),
      );
    }
    if (scenarios.has("list")) {
      rows.push(await run("list of 20", clients, { url: `${server.url}/api/resumes?limit=20`, headers }));
    }
    if (scenarios.has("step1")) {
      rows.push(
        await run("step 1", clients, {
          url: `${server.url}/api/jobs/${jobId}/match/step1`,
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ top: 20 }),
        }),
      );
    }
    if (scenarios.has("upload")) {
      rows.push(
        await run("upload (new text CV each)", clients, {
          url: `${server.url}/api/resumes`,
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          requests: [
            {
              setupRequest: (req) => ({ ...req, body: JSON.stringify({ text: syntheticCv(100_000 + n++) }) }),
            },
          ],
        }),
      );
    }
    console.table(rows.filter((r) => r.clients === clients));
  }
  // The soak looks for leaks: it starts once the cells' uploads are ingested, so the CVs they add
  // (to the index, the caches, the database) are not read as growth.
  const drainSeconds = soakMinutes > 0 ? await backlogDrained(server.url, token) : 0;
  const soakResult = soakMinutes > 0 ? await soak(server.url, token, resumeIds, server.pid) : null;
  const results = {
    at: new Date().toISOString(),
    seconds,
    cvs: cvCount,
    rows,
    drainSeconds,
    drainsBetweenLevels: drains,
    soak: soakResult,
  };
  writeFileSync(join(root, "bench/results/load-soak.json"), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `Local runtime (\`futodama serve\`, PGlite, loopback), ${cvCount} CVs in the tenant, ${seconds} s per cell, this machine (2 cores). Each level starts once the previous level's uploads are ingested (${drains.join(" s, ") || "–"} s of waiting).`,
    "",
    "| scenario | clients | req/s | p50 ms | p99 ms | errors | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| ${r.scenario} | ${r.clients} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
    ),
    "",
    soakResult
      ? `Soak (begun once the cells' uploads were ingested, ${drainSeconds} s after the last cell): ${soakResult.warmupMinutes} min of warm-up then ${soakResult.minutes} measured min of mixed get/list at 20 clients, ${soakResult.requests} requests, ${soakResult.errors} errors, ${soakResult.non2xx} non-2xx; RSS ${soakResult.rssStartMb} MB at the start, ${soakResult.rssAfterWarmupMb} MB after warm-up → ${soakResult.rssEndMb} MB at the end (${soakResult.growthPercent} %; second half alone ${soakResult.secondHalfGrowthPercent} %), max ${soakResult.rssMaxMb} MB; per-minute RSS in bench/results/load-soak.json. Targets: no errors, growth ≤ 10 %, list p99 < 200 ms and get-by-id p99 < 100 ms at 100 clients.`
      : "Soak: not run (--soak-minutes=0).",
  ].join("\n");
  replaceSection(join(root, "docs/benchmarks.md"), "load-soak", table);
  console.log(table);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
