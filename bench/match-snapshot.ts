/**
 * `pnpm bench:snapshot`: candidate index snapshots at 1M CVs (issue 14.5). A synthetic tenant
 * (bench/match-synthetic.ts, the generator of bench/match-kernel.ts) is indexed in memory and
 * ranked for 50 jobs; its snapshot is encoded (time, size) and written to the local S3 emulator
 * (fauxqs behind the runtime's signature guard, as `pnpm start` runs it) by the service's own
 * multipart writer. Then a fresh Node process — a cold function — restores it through the
 * service's loader (S3 GET, decode, catch-up query on a database) and answers step 1; its 50
 * answers must equal the in-memory index's, id for id and score for score. Results →
 * bench/results/match-snapshot.json.
 *
 *   pnpm bench:snapshot [--size=1000000] [--shards=4]
 *
 * With --shards=N the tenant is split as SnapshotIndexes splits one past INDEX_SHARD_SIZE, and
 * step 1 fans out to N cold shard processes (bench/match-snapshot-shards.ts).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CandidateIndex, encodeIndexSnapshot, jobQuery } from "../packages/core/src/index";
import { indexSnapshotKey } from "../packages/services/src/match/index-snapshots";
import { writeLargeObject } from "../packages/services/src/shared/s3";
import { synthetic } from "./match-synthetic";
import { machineNow, startSnapshotStore } from "./support/snapshot-store";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const size = Number(arg("size", "1000000"));
const shardCount = Number(arg("shards", "1"));
if (shardCount > 1) {
  const { runShardedSnapshotBench } = await import("./match-snapshot-shards");
  await runShardedSnapshotBench(size, shardCount);
  process.exit(0);
}
const JOBS = 50;
const K = 100;
const tenantId = "bench-snapshot";
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const gen = synthetic();
let index: CandidateIndex | null = new CandidateIndex();
const b0 = performance.now();
for (let i = 0; i < size; i++) index.add(`cv-${i}`, gen.candidate(i).features);
const generateAndBuildMs = performance.now() - b0;
const jobs = Array.from({ length: JOBS }, (_, i) => gen.job(i));
const expected = jobs.map((job) => index?.topK(jobQuery(job), K) ?? []);

const e0 = performance.now();
let blob: Uint8Array | null = encodeIndexSnapshot(index, { tenantId, watermark: new Date() });
const encodeMs = performance.now() - e0;
const bytes = blob.byteLength;
index = null;

const store = await startSnapshotStore();
const { s3 } = store;
const u0 = performance.now();
await writeLargeObject(s3, {
  bucket: "uploads",
  key: indexSnapshotKey(tenantId),
  body: blob,
  contentType: "application/octet-stream",
});
const uploadMs = performance.now() - u0;
blob = null;

// The cold function: a fresh process, nothing warm but what it restores.
const work = mkdtempSync(join(tmpdir(), "futodama-snapshot-"));
const jobsFile = join(work, "jobs.json");
writeFileSync(jobsFile, JSON.stringify({ jobs, expected }));
let cold: Record<string, unknown>;
try {
  // Asynchronously: the emulator serving the child's GET lives on this process's event loop.
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, join(import.meta.dirname, "match-snapshot-cold.ts")],
    {
      env: {
        ...process.env,
        BENCH_S3_ENDPOINT: store.endpoint,
        BENCH_TENANT: tenantId,
        BENCH_JOBS_FILE: jobsFile,
        BENCH_K: String(K),
      },
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  cold = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
} finally {
  rmSync(work, { recursive: true, force: true });
  await store.stop();
}

const result = {
  generatedAt: new Date().toISOString(),
  machine: await machineNow(),
  candidates: size,
  generateAndBuildSeconds: round(generateAndBuildMs / 1000),
  snapshot: {
    encodeMs: Math.round(encodeMs),
    bytes,
    megabytes: round(bytes / 2 ** 20),
    bytesPerCandidate: Math.round(bytes / size),
    uploadMs: Math.round(uploadMs),
  },
  cold,
  notes: [
    "Cold: a fresh Node 24 process (tsx); restore = S3 GET from the local emulator (8 MiB ranges, 8 at a time) + decode + the taxonomy's first load + catch-up query (PGlite, no rows changed); decodeMs = the decode alone, timed again; first answer = jobQuery + topK(100) + explain of the top 50.",
    "Warm: the same process after the first answer; topK alone and a whole step-1 answer (catch-up query + jobQuery + topK + explain top 50).",
    "identical: the restored index's 50 answers equal the in-memory index's (ids and scores) — or the run fails.",
  ],
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(
  join(import.meta.dirname, "results", "match-snapshot.json"),
  `${JSON.stringify(result, null, 2)}\n`,
);
// Parsing keeps the file honest: what is written is what was printed.
JSON.parse(readFileSync(join(import.meta.dirname, "results", "match-snapshot.json"), "utf8"));
