/**
 * One shard function of bench/match-snapshot-shards.ts, in a process of its own (a cold Lambda
 * instance): reads MatchShardRequest lines on stdin and answers each through the service's shard
 * step (restore its shard snapshot from S3 on the first, then warm), one JSON line per answer.
 */
import { createInterface } from "node:readline";
import type { MatchShardRequest } from "../packages/core/src/index";
import { answerShardRequest } from "../packages/services/src/match/shard-step";
import { coldSnapshotDeps } from "./support/snapshot-store";

const endpoint = process.env.BENCH_S3_ENDPOINT;
const tenantId = process.env.BENCH_TENANT;
if (!endpoint || !tenantId) throw new Error("run bench/match-snapshot.ts --shards=N");
const deps = await coldSnapshotDeps(endpoint, tenantId);
const write = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
write({ ready: true, importedMs: Math.round(performance.now()) });
for await (const line of createInterface({ input: process.stdin })) {
  const { seq, request } = JSON.parse(line) as { seq: number; request: MatchShardRequest };
  const t0 = performance.now();
  try {
    const answer = await answerShardRequest(deps, request);
    const { rss, arrayBuffers, heapUsed } = process.memoryUsage();
    write({ seq, answer, ms: performance.now() - t0, rss, arrayBuffers, heapUsed });
  } catch (error) {
    write({ seq, error: error instanceof Error ? error.message : String(error) });
  }
}
await deps.storage.close();
deps.s3.destroy();
