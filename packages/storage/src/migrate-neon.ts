import { migrate as migrateWithNeon } from "drizzle-orm/neon-serverless/migrator";
import type { NeonDb } from "./database-types";
import { migrationsFolder } from "./migrations-folder";

/** Arbitrary but fixed: serializes concurrent migrations of the same database. */
const MIGRATION_LOCK_KEY = 7_141_512_339;

/**
 * Applies the committed SQL migrations over the Neon driver; a no-op when up to date.
 * Session-level advisory lock on a dedicated connection, held while the migrator works on its
 * own: a second process waits here, then finds the journal up to date.
 */
export async function migrateNeon(db: NeonDb): Promise<void> {
  const lock = await db.$client.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrateWithNeon(db, { migrationsFolder: migrationsFolder() });
  } finally {
    await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lock.release();
  }
}
