/**
 * The cold function of bench/match-snapshot.ts, in a process of its own: restores the tenant's
 * candidate index from the snapshot in S3 through the service's loader, answers step 1 for the
 * first job, then measures warm answers. Prints one JSON line; exits non-zero when an answer
 * differs from the in-memory index's.
 */
import { readFileSync } from "node:fs";
import { decodeIndexSnapshot, type JobCardV1, jobQuery } from "../packages/core/src/index";
import { clearCandidateIndexes, tenantIndexFor } from "../packages/services/src/match/index-cache";
import { indexSnapshots } from "../packages/services/src/match/index-snapshots";
import { coldSnapshotDeps } from "./support/snapshot-store";

const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set (run bench/match-snapshot.ts)`);
  return value;
};
const importedMs = performance.now();
const tenantId = env("BENCH_TENANT");
const K = Number(env("BENCH_K"));
const { jobs, expected } = JSON.parse(readFileSync(env("BENCH_JOBS_FILE"), "utf8")) as {
  jobs: JobCardV1[];
  expected: Array<Array<{ id: string; score: number }>>;
};
const { s3, storage, buckets } = await coldSnapshotDeps(env("BENCH_S3_ENDPOINT"), tenantId);
const deps = { s3, buckets };
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)] ?? 0;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** One step-1 answer as runMatchStep1 computes it (without storing the session). */
async function answer(job: JobCardV1) {
  const { index } = await tenantIndexFor(storage, tenantId, indexSnapshots(deps));
  const query = jobQuery(job);
  const top = index.topK(query, K);
  for (const hit of top.slice(0, 50)) index.explain(query, hit.id);
  return top;
}

const reader = indexSnapshots(deps);
let s3ReadMs = 0;
let snapshot: Uint8Array | null = null;
const timedReader = {
  async read(tenant: string) {
    const t0 = performance.now();
    snapshot = await reader.read(tenant);
    s3ReadMs = performance.now() - t0;
    return snapshot;
  },
};
const heapBefore = process.memoryUsage();
const r0 = performance.now();
const entry = await tenantIndexFor(storage, tenantId, timedReader);
const restoreMs = performance.now() - r0;
if (entry.origin.from !== "snapshot")
  throw new Error(`not restored from the snapshot: ${JSON.stringify(entry.origin)}`);
const a0 = performance.now();
const first = await answer(jobs[0] as JobCardV1);
const firstAnswerMs = performance.now() - a0;
const memory = process.memoryUsage();
// The decode alone, again on the same bytes (the taxonomy is warm by now): what is left of the
// restore is the taxonomy's first load and the catch-up query.
const d0 = performance.now();
if (snapshot !== null) decodeIndexSnapshot(snapshot);
const decodeMs = performance.now() - d0;
snapshot = null;

let mismatches = 0;
const same = (
  got: Array<{ id: string; score: number }>,
  want: Array<{ id: string; score: number }> | undefined,
) =>
  got.length === want?.length &&
  got.every((h, i) => h.id === want[i]?.id && Object.is(h.score, want[i]?.score));
if (!same(first, expected[0])) mismatches++;
const topKMs: number[] = [];
const answerMs: number[] = [];
for (const [i, job] of jobs.entries()) {
  const q = jobQuery(job);
  const t0 = performance.now();
  const top = entry.index.topK(q, K);
  topKMs.push(performance.now() - t0);
  if (!same(top, expected[i])) mismatches++;
  const s0 = performance.now();
  await answer(job);
  answerMs.push(performance.now() - s0);
}
clearCandidateIndexes(storage);
await storage.close();
s3.destroy();
const result = {
  processStartToImportsMs: Math.round(importedMs),
  restoreMs: Math.round(restoreMs),
  s3ReadMs: Math.round(s3ReadMs),
  decodeMs: Math.round(decodeMs),
  firstAnswerMs: Math.round(firstAnswerMs),
  coldToFirstAnswerMs: Math.round(restoreMs + firstAnswerMs),
  candidates: entry.index.size,
  warm: {
    topKMs: { p50: round(quantile(topKMs, 0.5), 2), p95: round(quantile(topKMs, 0.95), 2) },
    answerMs: { p50: round(quantile(answerMs, 0.5), 2), p95: round(quantile(answerMs, 0.95), 2) },
    jobs: jobs.length,
    k: K,
  },
  memoryMB: {
    rss: Math.round(memory.rss / 2 ** 20),
    arrayBuffersDelta: Math.round((memory.arrayBuffers - heapBefore.arrayBuffers) / 2 ** 20),
    heapUsedDelta: Math.round((memory.heapUsed - heapBefore.heapUsed) / 2 ** 20),
  },
  identical: mismatches === 0,
};
console.log(JSON.stringify(result));
if (mismatches > 0) process.exit(1);
