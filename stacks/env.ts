import type { Secrets } from "./secrets";
import type { Storage } from "./storage";

/** Every function runs on the same runtime. */
export const runtime = "nodejs24.x";

export interface EnvironmentSources {
  secrets: Secrets;
  storage: Pick<Storage, "uploads" | "drops">;
  /** Powertools service name, one per role: `api-jobs`, `document-ingest`, `ingest-starter`. */
  service: string;
  /** Every function's config requires it; only the starter may start executions. */
  documentIngestArn: $util.Input<string>;
}

/** The environment every function gets; the functions' config schema reads exactly these. */
export function functionEnvironment(sources: EnvironmentSources): Record<string, $util.Input<string>> {
  const { secrets, storage, service, documentIngestArn } = sources;
  return {
    STAGE: $app.stage,
    UPLOADS_BUCKET: storage.uploads.name,
    DROPS_BUCKET: storage.drops.name,
    DATABASE_DRIVER: "neon",
    DATABASE_URL: secrets.databaseUrl.value,
    JWT_SECRET: secrets.jwtSecret.value,
    OPENAI_API_KEY: secrets.openaiApiKey.value,
    LOG_LEVEL: $app.stage === "production" ? "INFO" : "DEBUG",
    POWERTOOLS_SERVICE_NAME: service,
    DOCUMENT_INGEST_ARN: documentIngestArn,
  };
}

/** What every function links to: SST grants S3 access to the buckets and exposes the secrets. */
export function functionLinks(sources: Pick<EnvironmentSources, "secrets" | "storage">) {
  const { secrets, storage } = sources;
  return [storage.uploads, storage.drops, secrets.databaseUrl, secrets.jwtSecret, secrets.openaiApiKey];
}
