import { type DatabaseConfig, openDatabase } from "./database";
import { DrizzleStorage } from "./drizzle-storage";
import { migrate } from "./migrate";
import { assertSchemaCurrent } from "./schema-version";
import type { Storage } from "./storage";

export type StorageConfig = DatabaseConfig & {
  /**
   * "apply" (default): apply pending migrations first (local runtime, tests, the Migrator).
   * "verify": never migrate, fail clearly when the schema is older than the code (deployed functions).
   */
  schema?: "apply" | "verify" | undefined;
};

/** Opens the configured database, migrates or verifies its schema, and returns the Storage. */
export async function createStorage(config: StorageConfig): Promise<Storage> {
  const database = await openDatabase(config);
  try {
    if (config.schema === "verify") await assertSchemaCurrent(database.db);
    else await migrate(database.db);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return new DrizzleStorage(database.db, database.close);
}
