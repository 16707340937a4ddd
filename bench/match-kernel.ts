/**
 * Step-1 kernel on synthetic tenants (bench/match-synthetic.ts): index build time, memory,
 * top-100 query latency p50/p95 over 50 jobs, and in the same run the seed baseline
 * (bench/match-baseline.ts) for throughput and speedup. Results → bench/results/match-kernel.json.
 *
 *   pnpm exec tsx bench/match-kernel.ts [--sizes=10000,100000,1000000] [--baseline-jobs=3]
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CandidateIndex, jobQuery, scoreCandidate } from "../packages/core/src/index";
import { baselineRank, sqlArrayOverlapBaseline } from "./match-baseline";
import { synthetic } from "./match-synthetic";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg("sizes", "10000,100000,1000000").split(",").map(Number);
// Loading a tenant into PostgreSQL row by row is slow at 1M; the SQL baseline runs at this size.
const sqlSize = Number(arg("sql-size", "100000"));
const baselineJobs = Number(arg("baseline-jobs", "3"));
const JOBS = 50;
const K = 100;

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const mb = (bytes: number) => round(bytes / 2 ** 20);
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, arrayBuffers: m.arrayBuffers };
};

const gen = synthetic();
const jobs = Array.from({ length: JOBS }, (_, i) => gen.job(i));
const queries = jobs.map((j) => jobQuery(j));
const results = [];

for (const size of sizes) {
  const before = memory();
  const t0 = performance.now();
  const index = new CandidateIndex();
  let buildMs = 0;
  for (let i = 0; i < size; i++) {
    const features = gen.candidate(i).features;
    const s = performance.now();
    index.add(`cv-${i}`, features);
    buildMs += performance.now() - s;
  }
  const generateAndBuildMs = performance.now() - t0;
  const after = memory();

  for (const q of queries.slice(0, 5)) index.topK(q, K); // warm-up
  const latencies: number[] = [];
  let checked = 0;
  for (const q of queries) {
    const s = performance.now();
    const top = index.topK(q, K);
    latencies.push(performance.now() - s);
    // Spot check: the index's score is the scorer's score.
    for (const hit of top.slice(0, 3)) {
      const features = gen.candidate(Number(hit.id.slice(3))).features;
      if (scoreCandidate(q, features).score !== hit.score) throw new Error(`score mismatch for ${hit.id}`);
      checked++;
    }
  }
  const p50 = quantile(latencies, 0.5);
  const p95 = quantile(latencies, 0.95);

  // The seed baseline, same tenant, same jobs: labels by equality / substring / Jaccard, full sort.
  const labels: string[][] = [];
  for (let i = 0; i < size; i++) labels.push(gen.candidate(i).labels.map((l) => l.toLowerCase()));
  const baselineMs: number[] = [];
  for (const job of jobs.slice(0, baselineJobs)) {
    const s = performance.now();
    baselineRank(
      {
        must: job.requirements.must_have.map((r) => r.text),
        nice: job.requirements.nice_to_have.map((r) => r.text),
      },
      labels,
      K,
    );
    baselineMs.push(performance.now() - s);
  }
  const baselineMean = baselineMs.reduce((a, b) => a + b, 0) / baselineMs.length;
  const kernelMean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  const row = {
    candidates: size,
    buildMs: round(buildMs),
    generateAndBuildMs: round(generateAndBuildMs),
    buildPerSecond: Math.round(size / (buildMs / 1000)),
    memoryMB: {
      heapUsedDelta: mb(after.heapUsed - before.heapUsed),
      rssDelta: mb(after.rss - before.rss),
      arrayBuffersDelta: mb(after.arrayBuffers - before.arrayBuffers),
    },
    queryMs: { p50: round(p50, 2), p95: round(p95, 2), mean: round(kernelMean, 2), jobs: JOBS, k: K },
    kernelCandidatesPerSecond: Math.round(size / (kernelMean / 1000)),
    baseline: {
      jobs: baselineMs.length,
      meanMs: round(baselineMean),
      candidatesPerSecond: Math.round(size / (baselineMean / 1000)),
    },
    speedup: round(baselineMean / kernelMean),
    spotChecked: checked,
  };
  console.log(JSON.stringify(row));
  results.push(row);
  labels.length = 0;
}

const sqlJobs = jobs.map((j) => ({
  must: j.requirements.must_have.flatMap((r) => (r.skill_id ? [r.skill_id] : [])),
  nice: j.requirements.nice_to_have.flatMap((r) => (r.skill_id ? [r.skill_id] : [])),
}));
const sqlCandidates = Array.from({ length: sqlSize }, (_, i) => ({
  skillIds: gen.candidate(i).features.skillIds,
}));
const sql = sqlSize > 0 ? await sqlArrayOverlapBaseline(sqlCandidates, sqlJobs, K) : null;
if (sql) console.log(JSON.stringify({ sqlArrayOverlap: sql }));
const out = {
  generatedAt: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version },
  notes: [
    "Kernel: CandidateIndex.topK(job, 100), one core, after the index is built in memory.",
    "Baseline: the seed matcher (equality / substring / word Jaccard over skill labels, 70% must + 30% nice, scan + full sort) on the same tenant and jobs.",
    "SQL baseline: PostgreSQL 15, int[] skills with a GIN index, overlap-ranked (70% must + 30% nice), --sql-size candidates (default 100k), same jobs.",
  ],
  sqlArrayOverlap: sql,
  results,
};
writeFileSync(join(import.meta.dirname, "results", "match-kernel.json"), `${JSON.stringify(out, null, 2)}\n`);
