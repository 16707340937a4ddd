/**
 * Analytics at 100,000 CVs (issue 13 item 4): a tenant seeded in bulk through storage — parsed
 * CVs (real cards from the dotin corpus, varied, as `pnpm bench:lists` seeds them), 500 jobs of
 * mixed statuses and stages with their step-1 sessions, each open job's live ranking (500
 * scores), deep dives and tailorings — then GET /api/analytics/dashboard and
 * /api/analytics/skills (by demand, by gap), one request after another:
 *
 * - PGlite (the embedded default): through the real HTTP path, `futodama serve` in its own process;
 * - PostgreSQL 15 (a throwaway local cluster, the Neon driver over the WebSocket proxy, as
 *   Lambda reaches Neon): the service + storage path in this process (serve runs PGlite only).
 *
 *   pnpm bench:analytics [--cvs=100000] [--jobs=500] [--requests=100] [--drivers=pglite,postgres]
 *
 * Results: bench/results/analytics.json and the table in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { getDashboard, getSkillsReport } from "../packages/services/src/analytics/index";
import { createStorage, migrate, openDatabase } from "../packages/storage/src/index";
import { startPgCluster } from "../packages/storage/src/testing/index";
import { replaceSection } from "./support/docs";
import { corpusCards, dotinTrain, insertParsedCvs, skillIdsOf } from "./support/seed-cvs";
import { seedJobsAndScores } from "./support/seed-jobs";
import { runCli, startServer } from "./support/server";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const cvCount = Number(arg("cvs", "100000"));
const jobCount = Number(arg("jobs", "500"));
const requests = Number(arg("requests", "100"));
const drivers = arg("drivers", "pglite,postgres").split(",");
const root = join(import.meta.dirname, "..");
const tenant = "bench-analytics";
const seed = { jobs: jobCount, scoresPerJob: 500, deepDives: 100, tailorings: 200 };

interface Row {
  driver: string;
  path: string;
  query: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  load: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const ms = (x: number) => Math.round(x * 10) / 10;

/** `requests` calls one after another (after 5 to warm up), as latency percentiles. */
async function measure(
  label: Omit<Row, "requests" | "p50" | "p95" | "p99" | "max" | "load">,
  call: () => Promise<unknown>,
) {
  for (let i = 0; i < 5; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const row: Row = {
    ...label,
    requests,
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    p99: ms(percentile(times, 99)),
    max: ms(times.at(-1) ?? Number.NaN),
    load: Math.round(loadavg()[0]! * 100) / 100,
  };
  console.log(row);
  return row;
}

const queries = [
  ["/api/analytics/dashboard", "recent=20"],
  ["/api/analytics/skills", "top=20&order=demand"],
  ["/api/analytics/skills", "top=20&order=gap"],
] as const;

const cards = await corpusCards(dotinTrain(root));
const skillIds = skillIdsOf(cards);
const rows: Row[] = [];
const seeding: Record<string, { seconds: number; cvs: number; openJobs: number; liveScores: number }> = {};
let sample: unknown;

if (drivers.includes("pglite")) {
  const dataDir = mkdtempSync(join(tmpdir(), "futodama-analytics-"));
  try {
    const started = performance.now();
    const database = await openDatabase({ driver: "pglite", dataDir: join(dataDir, "pglite") });
    await migrate(database.db);
    const ids = await insertParsedCvs(database.db, tenant, cvCount, cards);
    const seeded = await seedJobsAndScores(database.db, tenant, ids, skillIds, seed);
    await database.close();
    seeding.pglite = {
      seconds: Math.round((performance.now() - started) / 100) / 10,
      cvs: ids.length,
      ...seeded,
    };
    console.log("seeded", seeding.pglite);
    const server = await startServer(root, dataDir);
    try {
      const token = runCli(root, dataDir, ["token", "--tenant", tenant, "--role", "viewer"]);
      for (const [path, query] of queries) {
        const url = `${server.url}${path}?${query}`;
        const get = async () => {
          const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
          const body: unknown = await res.json();
          if (res.status !== 200) throw new Error(`${path}?${query}: ${res.status} ${JSON.stringify(body)}`);
          return body;
        };
        sample ??= await get();
        rows.push(await measure({ driver: "PGlite, HTTP (futodama serve)", path, query }, get));
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (drivers.includes("postgres")) {
  const cluster = await startPgCluster({ database: "bench" });
  try {
    const started = performance.now();
    const storage = await createStorage({ driver: "postgres", url: cluster.url });
    const database = await openDatabase({ driver: "postgres", url: cluster.url });
    const ids = await insertParsedCvs(database.db, tenant, cvCount, cards);
    const seeded = await seedJobsAndScores(database.db, tenant, ids, skillIds, seed);
    await database.close();
    seeding.postgres = {
      seconds: Math.round((performance.now() - started) / 100) / 10,
      cvs: ids.length,
      ...seeded,
    };
    console.log("seeded", seeding.postgres);
    try {
      const deps = { storage };
      const byQuery = {
        "recent=20": () => getDashboard(deps, tenant, 20),
        "top=20&order=demand": () => getSkillsReport(deps, tenant, { top: 20, order: "demand" }),
        "top=20&order=gap": () => getSkillsReport(deps, tenant, { top: 20, order: "gap" }),
      };
      for (const [path, query] of queries) {
        rows.push(await measure({ driver: "PostgreSQL 15, service + storage", path, query }, byQuery[query]));
      }
    } finally {
      await storage.close();
    }
  } finally {
    await cluster.stop();
  }
}

const results = { at: new Date().toISOString(), seed, seeding, requests, rows, sample };
writeFileSync(join(root, "bench/results/analytics.json"), `${JSON.stringify(results, null, 2)}\n`);
const seededText = Object.entries(seeding)
  .map(
    ([driver, s]) =>
      `${driver}: ${s.cvs.toLocaleString("en")} CVs, ${s.openJobs} open jobs, ${s.liveScores.toLocaleString("en")} live scores, seeded in ${s.seconds} s`,
  )
  .join("; ");
const table = [
  `${jobCount} jobs (1 in 20 failed, 1 in 20 queued; of the parsed, 3 in 5 open, 1 in 5 on hold, 1 in 5 closed; 6 must-have and 3 nice-to-have skills each), 500 live scores per open job, a step-1 session per parsed job, ${seed.deepDives} deep dives, ${seed.tailorings} tailorings — ${seededText}. ${requests} requests per row, one after another after 5 to warm up, this machine (2 cores, shared); \`load\` is the 1-minute load average after the row.`,
  "",
  "| driver, path | route | query | p50 ms | p95 ms | p99 ms | max ms | load |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map(
    (r) =>
      `| ${r.driver} | \`${r.path}\` | \`${r.query}\` | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.load} |`,
  ),
  "",
  "Target: p95 < 300 ms at 100,000 CVs (issue 13).",
].join("\n");
replaceSection(join(root, "docs/benchmarks.md"), "analytics", table, "## Analytics at 100,000 CVs");
console.log(table);
