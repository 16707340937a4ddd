import { InternalError } from "@futodama/core";
import {
  type Capability,
  type ServiceDeps,
  type ServiceSettings,
  settingsDeps,
} from "@futodama/services/deps";
import { type Config, config, required } from "./config";
import { enableLambdaMetrics } from "./metrics";

/*
 * The runtime dependencies of a Lambda, built once per cold start from the validated config —
 * only the capabilities its handler names (`@futodama/services/capabilities/*`: storage, s3,
 * sfn, enhancer, analyzer, tailor, ocr), so that its bundle holds nothing else. The local
 * runtime hands in one full set instead (provideDeps).
 */

export function serviceSettings(cfg: Config): ServiceSettings {
  return {
    database: databaseSettings(cfg),
    region: cfg.AWS_REGION,
    s3Endpoint: cfg.S3_ENDPOINT,
    s3ForcePathStyle: cfg.S3_FORCE_PATH_STYLE,
    sfnEndpoint: cfg.SFN_ENDPOINT,
    lambdaEndpoint: cfg.LAMBDA_ENDPOINT,
    sqsEndpoint: cfg.SQS_ENDPOINT,
    webhookQueueUrl: cfg.WEBHOOK_QUEUE_URL,
    // Read when used: a function is given only the buckets its stack row declares.
    buckets: {
      get uploads() {
        return required(cfg, "UPLOADS_BUCKET");
      },
      get drops() {
        return required(cfg, "DROPS_BUCKET");
      },
    },
    documentIngestArn: cfg.DOCUMENT_INGEST_ARN,
    matchDeepDiveArn: cfg.MATCH_DEEP_DIVE_ARN,
    tailorArn: cfg.TAILOR_ARN,
    ocrFunctionName: cfg.OCR_FUNCTION_NAME,
    matchShardFunctionName: cfg.MATCH_SHARD_FUNCTION_NAME,
    ai: {
      openaiApiKey: cfg.OPENAI_API_KEY,
      openaiBaseUrl: cfg.OPENAI_BASE_URL,
      model: cfg.OPENAI_MODEL,
      embeddingsModel: cfg.OPENAI_EMBEDDINGS_MODEL,
      embeddingsDimensions: cfg.OPENAI_EMBEDDINGS_DIMENSIONS,
    },
    webhooks: {
      urlPolicy: cfg.WEBHOOK_URL_POLICY,
      timeoutMs: cfg.WEBHOOK_TIMEOUT_MS,
      maxAttempts: cfg.WEBHOOK_MAX_ATTEMPTS,
      retryBaseSeconds: cfg.WEBHOOK_RETRY_BASE_SECONDS,
      maxPayloadBytes: cfg.WEBHOOK_MAX_PAYLOAD_BYTES,
    },
    limits: {
      maxUploadBytes: cfg.MAX_UPLOAD_BYTES,
      presignTtlSeconds: cfg.PRESIGN_TTL_SECONDS,
      indexShardSize: cfg.INDEX_SHARD_SIZE,
    },
  };
}

/**
 * Locally the runtime migrates at start; a deployed function (`neon`) never migrates: it checks
 * that the Migrator brought the schema up to its code, and fails clearly if not. The Neon driver
 * may reach a plain PostgreSQL through a WebSocket proxy (`DATABASE_WS_PROXY`: the artifact tier).
 */
function databaseSettings(cfg: Config): ServiceSettings["database"] {
  switch (cfg.DATABASE_DRIVER) {
    case "pglite":
      return { driver: "pglite", dataDir: cfg.DATABASE_URL };
    case "postgres":
      return { driver: "postgres", url: required(cfg, "DATABASE_URL"), wsProxy: cfg.DATABASE_WS_PROXY };
    case "neon":
      return cfg.DATABASE_WS_PROXY
        ? {
            driver: "postgres",
            url: required(cfg, "DATABASE_URL"),
            wsProxy: cfg.DATABASE_WS_PROXY,
            schema: "verify",
          }
        : { driver: "neon", url: required(cfg, "DATABASE_URL"), schema: "verify" };
  }
}

const serviceKeys = [
  "storage",
  "s3",
  "sfn",
  "enhancer",
  "analyzer",
  "tailor",
  "ocr",
  "readScan",
  "webhookQueue",
] as const;

/** A capability the handler did not name is a programming mistake, said plainly at first use. */
function withoutUnbuilt(built: Partial<ServiceDeps>): ServiceDeps {
  const deps = { ...built };
  for (const key of serviceKeys) {
    if (key in deps || key === "ocr" || key === "readScan") continue;
    Object.defineProperty(deps, key, {
      get() {
        throw new InternalError(
          "deps.not_built",
          `This function does not build "${key}": name its capability in the handler's dependencies`,
        );
      },
    });
  }
  return deps as ServiceDeps;
}

let provided: ServiceDeps | undefined;

/** The dependencies of one handler: its capabilities, built on first use and kept for the process. */
export function dependencies(...capabilities: Capability[]): () => Promise<ServiceDeps> {
  let pending: Promise<ServiceDeps> | undefined;
  return () => {
    if (provided) return Promise.resolve(provided);
    pending ??= (async () => {
      enableLambdaMetrics();
      const settings = serviceSettings(config());
      const built = await Promise.all(capabilities.map((capability) => capability(settings)));
      return withoutUnbuilt(Object.assign(settingsDeps(settings), ...built));
    })().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The local runtime hands in its own dependencies (one PGlite shared by every handler). */
export function provideDeps(value: ServiceDeps): void {
  provided = value;
}

export function resetDeps(): void {
  provided = undefined;
}
