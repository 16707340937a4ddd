import * as z from "zod";
import { logger } from "./logger";

/**
 * Every setting the runtime reads, validated once at cold start (STYLE.md §4). A bad or
 * missing value fails fast with a message naming the variable. `.env.example` lists them all.
 */
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const configSchema = z
  .object({
    STAGE: z.string().min(1).default("local"),
    COMMIT_SHA: z.string().optional(),
    LOG_LEVEL: z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]).default("INFO"),

    DATABASE_DRIVER: z.enum(["pglite", "postgres", "neon"]).default("pglite"),
    DATABASE_URL: z.string().optional(),
    /** Neon's direct (unpooled) URL, for the Migrator's session lock; defaults to DATABASE_URL. */
    DATABASE_DIRECT_URL: z.string().optional(),
    /** `host:port` of a WebSocket→TCP proxy: the Neon driver reaching a plain PostgreSQL (tests). */
    DATABASE_WS_PROXY: z.string().optional(),

    AWS_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: z.url().optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    SFN_ENDPOINT: z.url().optional(),
    /** The Lambda API for Invoke; locally the runtime's own endpoint (it runs the handler in-process). */
    LAMBDA_ENDPOINT: z.url().optional(),
    /*
     * Each function gets only the buckets, state machines and secrets its row of the function
     * table (stacks/functions.ts) declares, so these are optional here; a function that uses one
     * it was not given fails with a ConfigError naming the variable (see `required`).
     */
    UPLOADS_BUCKET: z.string().min(3).optional(),
    DROPS_BUCKET: z.string().min(3).optional(),
    /** The DocumentIngest state machine: required only by the ingest starter, which starts it. */
    DOCUMENT_INGEST_ARN: z.string().min(1).optional(),
    /** The Rematch state machine: required only by the schedule function, which starts it. */
    REMATCH_ARN: z.string().min(1).optional(),
    /** The Reconcile state machine: required only by its schedule function, which starts it. */
    RECONCILE_ARN: z.string().min(1).optional(),
    /** The MatchDeepDive state machine (step 2): required only by the match API, which starts it. */
    MATCH_DEEP_DIVE_ARN: z.string().min(1).optional(),
    /** The Tailor state machine: required only by the tailoring API, which starts it. */
    TAILOR_ARN: z.string().min(1).optional(),
    /** The function that reads scans (OcrTextTask): required only by ApiVision, which invokes it. */
    OCR_FUNCTION_NAME: z.string().min(1).optional(),
    /** Issue 14: the shard step-1 function (MatchShardTask): given to the functions that run step 1. */
    MATCH_SHARD_FUNCTION_NAME: z.string().min(1).optional(),
    /**
     * Issue 14: past this many parsed CVs a tenant's candidate index is written (by Rematch's
     * SnapshotIndexes) as shards of about this size, and step 1 fans out one invocation per shard.
     */
    INDEX_SHARD_SIZE: z.coerce.number().int().min(1).default(250_000),

    /** SQS; set locally (the runtime's emulator serves S3 and SQS on one endpoint). */
    SQS_ENDPOINT: z.url().optional(),
    /** Issue 13: the webhook delivery queue; given to the functions that emit or deliver events. */
    WEBHOOK_QUEUE_URL: z.string().min(1).optional(),
    /**
     * Where webhooks may point: `public-https` (https, public addresses only: no SSRF) or
     * `allow-loopback` (also http and 127.0.0.1/::1: the local runtime and its tests).
     */
    WEBHOOK_URL_POLICY: z.enum(["public-https", "allow-loopback"]).default("public-https"),
    /** How long one delivery may take, connection to answer. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(10_000),
    /** Attempts before a delivery is dead: the delivery queue's maxReceiveCount (stacks/timeouts.ts). */
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
    /** Backoff before attempt n+1: base × 2^(n−1) seconds (30 s, 1 min, 2 min … 64 min). */
    WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
    /** The largest event body sent (ours are ids and counts: well under 1 KB). */
    WEBHOOK_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).max(262_144).default(65_536),

    /**
     * Issue 13: rate limits, token buckets in PostgreSQL per token and per tenant (the tenant's are
     * RATE_LIMIT_TENANT_FACTOR times larger). `<burst>/<per second>` per class of route.
     */
    RATE_LIMITS: z.enum(["on", "off"]).default("on"),
    RATE_LIMIT_READ: z.string().default("600/50"),
    RATE_LIMIT_WRITE: z.string().default("120/10"),
    RATE_LIMIT_HEAVY: z.string().default("30/0.5"),
    RATE_LIMIT_TENANT_FACTOR: z.coerce.number().min(1).max(1000).default(4),

    JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
    JWT_JWKS_URL: z.url().optional(),
    JWT_ISSUER: z.string().default("futodama"),
    JWT_AUDIENCE: z.string().default("futodama-api"),
    /** Issue 11: the oldest token (by `iat`) accepted, whatever its `exp` says; default 24 h. */
    JWT_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86400)
      .default(86400),

    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    /** Issue 14: embeddings of skills and summaries (with a key only); see docs/scoring.md. */
    OPENAI_EMBEDDINGS_MODEL: z.string().min(1).default("text-embedding-3-small"),
    OPENAI_EMBEDDINGS_DIMENSIONS: z.coerce.number().int().min(16).max(3072).default(256),

    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /**
     * Issue 9: the largest multipart request body. API Gateway hands a Lambda at most 6 MB, and
     * a binary body arrives base64-encoded (4/3 larger), so ~4.5 MB of multipart is what fits;
     * larger files go through the presigned upload (up to MAX_UPLOAD_BYTES).
     */
    MAX_MULTIPART_BYTES: z.coerce.number().int().positive().max(4_500_000).default(4_500_000),
    PRESIGN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  })
  .superRefine((env, ctx) => {
    for (const key of ["RATE_LIMIT_READ", "RATE_LIMIT_WRITE", "RATE_LIMIT_HEAVY"] as const) {
      if (!/^\d+(\.\d+)?\/\d+(\.\d+)?$/.test(env[key])) {
        ctx.addIssue({ code: "custom", path: [key], message: "must be <burst>/<per second>, e.g. 120/10" });
      }
    }
    if (env.DATABASE_DRIVER !== "pglite" && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: `required for ${env.DATABASE_DRIVER}`,
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * An empty value is an unset one: SST hands an optional secret left empty (OpenaiApiKey, say) to
 * the function as "", which must mean "not configured", not "invalid".
 */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
    ),
  );
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(withoutEmpty(env));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

let cached: Config | undefined;

/** The configuration of this process, parsed on first use (cold start). */
export function config(): Config {
  if (!cached) {
    cached = parseConfig(process.env);
    logger.setLogLevel(cached.LOG_LEVEL);
  }
  return cached;
}

type OptionalSetting = {
  [K in keyof Config]-?: undefined extends Config[K] ? K : never;
}[keyof Config];

/**
 * A setting this function needs but its stack row may not give it: the value, or a ConfigError
 * naming the variable (a deployment mistake, said plainly, at the first use).
 */
export function required<K extends OptionalSetting>(cfg: Config, key: K): NonNullable<Config[K]> {
  const value = cfg[key];
  if (value === undefined || value === null) {
    throw new ConfigError(
      `Invalid configuration:\n  ${String(key)}: required by this function (declare it in stacks/functions.ts)`,
    );
  }
  return value as NonNullable<Config[K]>;
}

/** For the local runtime and tests, which set the environment before the first request. */
export function resetConfig(): void {
  cached = undefined;
}
