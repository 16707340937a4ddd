import { runtimeDataPath } from "@futodama/core";
import { is } from "drizzle-orm";
import { NeonDatabase } from "drizzle-orm/neon-serverless";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NeonDb, PgliteDb } from "./database";

/**
 * The committed migrations: `migrations/` in the Migrator's package (stacks/functions.ts ships
 * it there), or next to this package's source in the repository.
 */
export function migrationsFolder(): string {
  return runtimeDataPath("migrations", new URL("../migrations", import.meta.url));
}

/** Arbitrary but fixed: serializes concurrent cold starts migrating the same database. */
const MIGRATION_LOCK_KEY = 7_141_512_339;

/** Applies the committed SQL migrations (drizzle's journal); a no-op when up to date. */
export async function migrate(db: PgliteDb | NeonDb): Promise<void> {
  if (is(db, PgliteDatabase)) {
    // One connection per PGlite instance: nothing can race us.
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    return;
  }
  if (!is(db, NeonDatabase)) throw new TypeError("migrate: unsupported drizzle database");
  // Session-level advisory lock on a dedicated connection, held while the migrator works on
  // its own: a second process waits here, then finds the journal up to date.
  const lock = await db.$client.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrateNeon(db, { migrationsFolder: migrationsFolder() });
  } finally {
    await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lock.release();
  }
}
