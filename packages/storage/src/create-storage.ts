import { type DatabaseConfig, openDatabase } from "./database";
import { DrizzleStorage } from "./drizzle-storage";
import { migrate } from "./migrate";
import type { Storage } from "./storage";

export type StorageConfig = DatabaseConfig & {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean | undefined;
};

/** Opens the configured database, migrates it (unless told not to) and returns the Storage. */
export async function createStorage(config: StorageConfig): Promise<Storage> {
  const database = await openDatabase(config);
  try {
    if (config.migrate !== false) await migrate(database.db);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return new DrizzleStorage(database.db, database.close);
}
