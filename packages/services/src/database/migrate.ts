import { expectedMigration, migrateNeon, openNeonDatabase } from "@futodama/storage/neon";

export interface MigrateTarget {
  url: string;
  /** `host:port` of a WebSocket→TCP proxy in front of a plain PostgreSQL (tests); unset on Neon. */
  wsProxy?: string | undefined;
}

/**
 * Brings the database up to the committed migrations (a no-op when current) and says where it
 * stands. Run once per deploy by the Migrator, over a direct connection: the migration lock is a
 * session advisory lock.
 */
export async function migrateDatabase(
  target: MigrateTarget,
): Promise<{ schema: string; durationMs: number }> {
  const started = performance.now();
  const database = await openNeonDatabase(
    target.wsProxy
      ? { driver: "postgres", url: target.url, wsProxy: target.wsProxy }
      : { driver: "neon", url: target.url },
  );
  try {
    await migrateNeon(database.db);
  } finally {
    await database.close();
  }
  return { schema: expectedMigration.tag, durationMs: Math.round(performance.now() - started) };
}
