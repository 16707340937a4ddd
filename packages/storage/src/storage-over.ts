import type { Database } from "./database-types";
import { assertSchemaCurrent } from "./schema-version";
import { type Storage, storageOf } from "./storage";

/**
 * "apply" (default): apply pending migrations first (local runtime, tests).
 * "verify": never migrate, fail clearly when the schema is older than the code (deployed functions).
 */
export type SchemaPolicy = "apply" | "verify" | undefined;

/** The Storage over an open database, once its schema is migrated or verified (closed on failure). */
export async function storageOver<D extends Database>(
  database: D,
  schema: SchemaPolicy,
  migrate: (db: D["db"]) => Promise<void>,
): Promise<Storage> {
  try {
    if (schema === "verify") await assertSchemaCurrent(database.db);
    else await migrate(database.db);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return storageOf(database.db, database.close);
}
