/**
 * `pnpm bench:snapshot --shards=N`: the bench:snapshot tenant split into N shards by shardOf
 * (as SnapshotIndexes splits a tenant past INDEX_SHARD_SIZE), each shard's snapshot encoded and
 * written to the local S3 emulator with the manifest; then N fresh Node processes — cold shard
 * functions (bench/match-snapshot-shard.ts) — and step 1 fanned out to them by the service's own
 * fan-out (rankTenantCandidates: manifest → N top-k requests at once → merge → explanations from
 * the owning shards). Every merged answer must equal the whole in-memory index's top k, id for id
 * and score to the bit, or the run fails. Results → bench/results/match-snapshot-shards.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CandidateIndex,
  encodeIndexSnapshot,
  type IndexShardManifest,
  jobQuery,
  type MatchShardRequest,
  shardOf,
} from "../packages/core/src/index";
import type { ServiceDeps } from "../packages/services/src/deps";
import { rankTenantCandidates } from "../packages/services/src/match/fan-out";
import { indexManifestKey } from "../packages/services/src/match/index-layout";
import { indexSnapshotKey } from "../packages/services/src/match/index-snapshots";
import { writeJson, writeLargeObject } from "../packages/services/src/shared/s3";
import { synthetic } from "./match-synthetic";
import { type ShardProcess, startShard } from "./support/shard-process";
import { machineNow, snapshotBuckets, startSnapshotStore } from "./support/snapshot-store";

const JOBS = 50;
const K = 100;
const tenantId = "bench-snapshot-shards";
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)] ?? 0;

export async function runShardedSnapshotBench(size: number, of: number): Promise<void> {
  const gen = synthetic();
  const jobs = Array.from({ length: JOBS }, (_, i) => jobQuery(gen.job(i)));
  // The whole tenant first: what every merged answer must equal.
  let whole: CandidateIndex | null = new CandidateIndex();
  for (let i = 0; i < size; i++) whole.add(`cv-${i}`, gen.candidate(i).features);
  const expected = jobs.map((job) => whole?.topK(job, K) ?? []);
  whole = null;

  const b0 = performance.now();
  const shards = Array.from({ length: of }, () => new CandidateIndex());
  for (let i = 0; i < size; i++) shards[shardOf(`cv-${i}`, of)]?.add(`cv-${i}`, gen.candidate(i).features);
  const splitMs = performance.now() - b0;

  const store = await startSnapshotStore();
  const watermark = new Date();
  const written: Array<{
    shard: number;
    candidates: number;
    bytes: number;
    encodeMs: number;
    uploadMs: number;
  }> = [];
  for (const [shard, index] of shards.entries()) {
    const e0 = performance.now();
    const blob = encodeIndexSnapshot(index, { tenantId, watermark, shard: { shard, of } });
    const encodeMs = performance.now() - e0;
    const u0 = performance.now();
    await writeLargeObject(store.s3, {
      bucket: snapshotBuckets.uploads,
      key: indexSnapshotKey(tenantId, { shard, of }),
      body: blob,
      contentType: "application/octet-stream",
    });
    written.push({
      shard,
      candidates: index.size,
      bytes: blob.byteLength,
      encodeMs,
      uploadMs: performance.now() - u0,
    });
  }
  const manifest: IndexShardManifest = {
    format: 1,
    tenantId,
    of,
    shardSize: Math.ceil(size / of),
    candidates: size,
    createdAt: new Date().toISOString(),
    shards: written.map((w) => ({
      shard: w.shard,
      key: indexSnapshotKey(tenantId, { shard: w.shard, of }),
      candidates: w.candidates,
      watermark: watermark.toISOString(),
    })),
  };
  await writeJson(store.s3, snapshotBuckets.uploads, indexManifestKey(tenantId), manifest);
  shards.length = 0;

  const processes = await Promise.all(Array.from({ length: of }, () => startShard(store.endpoint, tenantId)));
  const deps = {
    s3: store.s3,
    buckets: snapshotBuckets,
    matchShards: (request: MatchShardRequest) => (processes[request.shard] as ShardProcess).ask(request),
  } as unknown as ServiceDeps;
  let mismatches = 0;
  const check = (
    got: Awaited<ReturnType<typeof rankTenantCandidates>>,
    want: (typeof expected)[number] | undefined,
  ) => {
    const same =
      got.length === want?.length &&
      got.every((r, i) => r.resumeId === want[i]?.id && Object.is(r.score, want[i]?.score));
    if (!same) mismatches++;
  };
  let requests = 0;
  const counting = deps.matchShards;
  deps.matchShards = (request) => {
    requests++;
    return (counting as NonNullable<typeof counting>)(request);
  };

  const c0 = performance.now();
  const first = await rankTenantCandidates(deps, tenantId, jobs[0] as (typeof jobs)[number], K);
  const coldMs = performance.now() - c0;
  check(first, expected[0]);
  const coldShardMs = processes.map((p) => Math.round(p.served[0]?.ms ?? 0));
  const coldRequests = requests;

  const answerMs: number[] = [];
  for (const [i, job] of jobs.entries()) {
    const t0 = performance.now();
    const got = await rankTenantCandidates(deps, tenantId, job, K);
    answerMs.push(performance.now() - t0);
    check(got, expected[i]);
  }
  for (const p of processes) p.child.stdin.end();
  await Promise.all(processes.map((p) => new Promise((resolve) => p.child.once("exit", resolve))));
  await store.stop();

  const result = {
    generatedAt: new Date().toISOString(),
    machine: await machineNow(),
    candidates: size,
    shards: of,
    splitSeconds: round(splitMs / 1000),
    snapshots: written.map((w) => ({
      shard: w.shard,
      candidates: w.candidates,
      megabytes: round(w.bytes / 2 ** 20),
      encodeMs: Math.round(w.encodeMs),
      uploadMs: Math.round(w.uploadMs),
    })),
    cold: {
      fanOutToFirstAnswerMs: Math.round(coldMs),
      shardFirstRequestMs: coldShardMs,
      requests: coldRequests,
    },
    // What one invocation carries: the request (the prepared job query) and the largest answer.
    payloadKB: {
      request: round(JSON.stringify({ tenantId, shard: 0, of, jobQuery: jobs[0], k: K }).length / 1024),
      largestAnswer: round(Math.max(...processes.flatMap((p) => p.served.map((s) => s.bytes))) / 1024),
    },
    warm: {
      answerMs: { p50: round(quantile(answerMs, 0.5), 2), p95: round(quantile(answerMs, 0.95), 2) },
      jobs: JOBS,
      k: K,
      explained: K,
    },
    // RSS includes each process's own PGlite (the catch-up's stand-in database: most of it) and
    // tsx; the index is the typed arrays (arrayBuffers) and part of the heap.
    shardMemoryMB: processes.map((p) => {
      const peak = (key: "rss" | "arrayBuffers" | "heapUsed") =>
        Math.round(Math.max(...p.served.map((s) => s[key])) / 2 ** 20);
      return { rss: peak("rss"), arrayBuffers: peak("arrayBuffers"), heapUsed: peak("heapUsed") };
    }),
    identical: mismatches === 0,
    notes: [
      "Cold: N fresh Node 24 processes (tsx), imports done; from the fan-out's first request to the merged, explained answer: each shard restores its snapshot (8 MiB ranged GETs from the emulator, decode, catch-up on an empty PGlite) and ranks, at the same time.",
      "Warm: rankTenantCandidates as step 1 calls it: the manifest (cached), N top-100 requests at once, the merge, then the explanations of all 100 from the shards holding them; requests and answers as JSON over pipes.",
      "On this machine the N shard processes share its cores; on Lambda each invocation has its own.",
    ],
  };
  console.log(JSON.stringify(result, null, 2));
  const file = join(import.meta.dirname, "results", "match-snapshot-shards.json");
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  JSON.parse(readFileSync(file, "utf8"));
  if (mismatches > 0) throw new Error(`${mismatches} merged answers differ from the whole index's`);
}
