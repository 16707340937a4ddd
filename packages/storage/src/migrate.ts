import { is } from "drizzle-orm";
import { NeonDatabase } from "drizzle-orm/neon-serverless";
import { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NeonDb, PgliteDb } from "./database-types";
import { migrateNeon } from "./migrate-neon";
import { migrationsFolder } from "./migrations-folder";

export { migrationsFolder };

/** Applies the committed SQL migrations (drizzle's journal) over any driver; a no-op when up to date. */
export async function migrate(db: PgliteDb | NeonDb): Promise<void> {
  if (is(db, PgliteDatabase)) {
    // One connection per PGlite instance: nothing can race us.
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    return;
  }
  if (!is(db, NeonDatabase)) throw new TypeError("migrate: unsupported drizzle database");
  await migrateNeon(db);
}
