import { createServiceDeps, type ServiceDeps, type ServiceSettings } from "@futodama/services";
import { type Config, config } from "./config";

/**
 * The runtime dependencies of a Lambda (or of the local runtime), built once per cold start
 * from the validated config.
 */
let pending: Promise<ServiceDeps> | undefined;

export function serviceSettings(cfg: Config): ServiceSettings {
  return {
    database:
      cfg.DATABASE_DRIVER === "pglite"
        ? { driver: "pglite", dataDir: cfg.DATABASE_URL }
        : cfg.DATABASE_DRIVER === "postgres"
          ? { driver: "postgres", url: cfg.DATABASE_URL ?? "", wsProxy: cfg.DATABASE_WS_PROXY }
          : { driver: "neon", url: cfg.DATABASE_URL ?? "" },
    region: cfg.AWS_REGION,
    s3Endpoint: cfg.S3_ENDPOINT,
    s3ForcePathStyle: cfg.S3_FORCE_PATH_STYLE,
    sfnEndpoint: cfg.SFN_ENDPOINT,
    buckets: { uploads: cfg.UPLOADS_BUCKET, drops: cfg.DROPS_BUCKET },
    documentIngestArn: cfg.DOCUMENT_INGEST_ARN,
    matchDeepDiveArn: cfg.MATCH_DEEP_DIVE_ARN,
    tailorArn: cfg.TAILOR_ARN,
    ai: { openaiApiKey: cfg.OPENAI_API_KEY, openaiBaseUrl: cfg.OPENAI_BASE_URL, model: cfg.OPENAI_MODEL },
    limits: { maxUploadBytes: cfg.MAX_UPLOAD_BYTES, presignTtlSeconds: cfg.PRESIGN_TTL_SECONDS },
  };
}

export function deps(): Promise<ServiceDeps> {
  pending ??= createServiceDeps(serviceSettings(config())).catch((error: unknown) => {
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
