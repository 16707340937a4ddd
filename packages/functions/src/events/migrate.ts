import { migrateDatabase } from "@futodama/services/database";
import { config, required } from "../config";
import { logger } from "../logger";

/** What the deployment sends (aws.lambda.Invocation in stacks/migrator.ts); nothing is required. */
export interface MigrateEvent {
  reason?: string;
}

/**
 * The Migrator: applies the committed migrations (shipped in its package) once per deploy, over
 * the direct (unpooled) URL when one is set. Deployed functions never migrate; they check the
 * schema at cold start and fail clearly when it lags behind.
 */
export async function handler(event: MigrateEvent = {}) {
  const cfg = config();
  const result = await migrateDatabase({
    url: cfg.DATABASE_DIRECT_URL ?? required(cfg, "DATABASE_URL"),
    wsProxy: cfg.DATABASE_WS_PROXY,
  });
  logger.info("migrations applied", { reason: event.reason, ...result });
  return { migrated: true, ...result };
}
