import { S3Client } from "@aws-sdk/client-s3";
import { SFNClient } from "@aws-sdk/client-sfn";
import type { ServiceDeps } from "@futodama/services";
import { createStorage } from "@futodama/storage";
import { type Config, config } from "./config";

/**
 * The runtime dependencies of a Lambda (or of the local runtime), built once per cold start
 * from the validated config. Locally the same AWS SDK clients point at fauxqs and at the
 * local Step Functions endpoint.
 */
let pending: Promise<ServiceDeps> | undefined;

export function awsClients(cfg: Config): { s3: S3Client; sfn: SFNClient } {
  const local = cfg.S3_ENDPOINT ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {};
  return {
    s3: new S3Client({
      region: cfg.AWS_REGION,
      ...local,
      ...(cfg.S3_ENDPOINT ? { endpoint: cfg.S3_ENDPOINT, forcePathStyle: cfg.S3_FORCE_PATH_STYLE } : {}),
    }),
    sfn: new SFNClient({
      region: cfg.AWS_REGION,
      ...(cfg.SFN_ENDPOINT
        ? { endpoint: cfg.SFN_ENDPOINT, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    }),
  };
}

async function build(): Promise<ServiceDeps> {
  const cfg = config();
  const storage = await createStorage(
    cfg.DATABASE_DRIVER === "pglite"
      ? { driver: "pglite", dataDir: cfg.DATABASE_URL }
      : cfg.DATABASE_DRIVER === "postgres"
        ? { driver: "postgres", url: cfg.DATABASE_URL ?? "", wsProxy: cfg.DATABASE_WS_PROXY }
        : { driver: "neon", url: cfg.DATABASE_URL ?? "" },
  );
  return {
    storage,
    ...awsClients(cfg),
    buckets: { uploads: cfg.UPLOADS_BUCKET, drops: cfg.DROPS_BUCKET },
    documentIngestArn: cfg.DOCUMENT_INGEST_ARN,
    limits: { maxUploadBytes: cfg.MAX_UPLOAD_BYTES, presignTtlSeconds: cfg.PRESIGN_TTL_SECONDS },
  };
}

export function deps(): Promise<ServiceDeps> {
  pending ??= build().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** The local runtime hands in its own dependencies (one PGlite shared by every handler). */
export function provideDeps(value: ServiceDeps): void {
  pending = Promise.resolve(value);
}

export function resetDeps(): void {
  pending = undefined;
}
