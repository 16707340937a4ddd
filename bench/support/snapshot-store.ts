import { randomBytes } from "node:crypto";
import { startEmulator } from "../../packages/local/src/emulator";
import { createS3Client } from "../../packages/services/src/capabilities/s3";
import { createStorage, type Storage } from "../../packages/storage/src/index";

/*
 * The snapshot benches' S3 (bench:snapshot, --shards): the local emulator behind the runtime's
 * signature guard, as `pnpm start` runs it, and the cold processes' view of it.
 */
const region = "eu-west-1";
type S3Client = ReturnType<typeof createS3Client>;
const bucket = "uploads";
export const snapshotBuckets = { uploads: bucket, drops: "drops" };

/** The emulator with the uploads bucket, and a client signing with its key. */
export async function startSnapshotStore(): Promise<{
  s3: S3Client;
  endpoint: string;
  stop(): Promise<void>;
}> {
  const credentials = { accessKeyId: "bench", secretAccessKey: randomBytes(16).toString("hex") };
  const emulator = await startEmulator({
    region,
    buckets: [bucket],
    queues: [],
    notifications: [],
    credentials,
  });
  // As the runtime hands its key to its functions: the standard variables (children inherit them).
  process.env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
  const s3 = createS3Client({ region, s3Endpoint: emulator.endpoint, s3ForcePathStyle: true });
  return {
    s3,
    endpoint: emulator.endpoint,
    async stop() {
      s3.destroy();
      await emulator.stop();
    },
  };
}

/** What a cold bench process (a function) reads with: S3 at BENCH_S3_ENDPOINT, an empty PGlite for the catch-up. */
export async function coldSnapshotDeps(
  endpoint: string,
  tenantId: string,
): Promise<{ s3: S3Client; storage: Storage; buckets: typeof snapshotBuckets }> {
  const s3 = createS3Client({ region, s3Endpoint: endpoint, s3ForcePathStyle: true });
  // The catch-up reads from a database: an empty PGlite stands in (nothing changed since).
  const storage = await createStorage({ driver: "pglite" });
  await storage.ensureTenant(tenantId);
  return { s3, storage, buckets: snapshotBuckets };
}

/** The machine a result was measured on. */
export async function machineNow() {
  const { cpus, loadavg } = await import("node:os");
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    loadavg: loadavg(),
  };
}
