import { z } from "zod";
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
    DATABASE_WS_PROXY: z.string().optional(),

    AWS_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: z.url().optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    SFN_ENDPOINT: z.url().optional(),
    UPLOADS_BUCKET: z.string().min(3),
    DROPS_BUCKET: z.string().min(3),
    DOCUMENT_INGEST_ARN: z.string().min(1),
    /** The Rematch state machine: required only by the schedule function, which starts it. */
    REMATCH_ARN: z.string().min(1).optional(),
    /** The MatchDeepDive state machine (step 2): required only by the match API, which starts it. */
    MATCH_DEEP_DIVE_ARN: z.string().min(1).optional(),
    /** The Tailor state machine: required only by the tailoring API, which starts it. */
    TAILOR_ARN: z.string().min(1).optional(),

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
    if (!env.JWT_SECRET && !env.JWT_JWKS_URL) {
      ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "set JWT_SECRET or JWT_JWKS_URL" });
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

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
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

/** For the local runtime and tests, which set the environment before the first request. */
export function resetConfig(): void {
  cached = undefined;
}
