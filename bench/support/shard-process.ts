import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { MatchShardAnswer, MatchShardRequest } from "../../packages/core/src/index";

/* One cold shard function of bench:snapshot --shards (bench/match-snapshot-shard.ts), over pipes. */

export interface ShardProcess {
  ask(request: MatchShardRequest): Promise<MatchShardAnswer>;
  /** Per request served: its time inside the shard process and the process's RSS after it. */
  served: Array<{ ms: number; rss: number; arrayBuffers: number; heapUsed: number; bytes: number }>;
  child: ChildProcessWithoutNullStreams;
}

/** A cold shard function: a fresh process, ready once its imports are done. */
export async function startShard(endpoint: string, tenantId: string): Promise<ShardProcess> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, join(import.meta.dirname, "..", "match-snapshot-shard.ts")],
    {
      env: { ...process.env, BENCH_S3_ENDPOINT: endpoint, BENCH_TENANT: tenantId },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  child.stderr.on("data", (d) => process.stderr.write(d));
  const waiting = new Map<number, { resolve(a: MatchShardAnswer): void; reject(e: Error): void }>();
  const served: ShardProcess["served"] = [];
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    ready = resolve;
  });
  void (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      const message = JSON.parse(line) as {
        ready?: true;
        seq: number;
        answer?: MatchShardAnswer;
        error?: string;
        ms: number;
        rss: number;
        arrayBuffers: number;
        heapUsed: number;
      };
      if (message.ready) ready();
      else {
        const pending = waiting.get(message.seq);
        waiting.delete(message.seq);
        if (message.answer) {
          served.push({
            ms: message.ms,
            rss: message.rss,
            arrayBuffers: message.arrayBuffers,
            heapUsed: message.heapUsed,
            bytes: line.length,
          });
          pending?.resolve(message.answer);
        } else pending?.reject(new Error(message.error));
      }
    }
  })();
  await started;
  let seq = 0;
  return {
    served,
    child,
    ask: (request) =>
      new Promise((resolve, reject) => {
        const id = seq++;
        waiting.set(id, { resolve, reject });
        child.stdin.write(`${JSON.stringify({ seq: id, request })}\n`);
      }),
  };
}
