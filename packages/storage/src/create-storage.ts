import { type DatabaseConfig, openDatabase } from "./database";
import { migrate } from "./migrate";
import type { Storage } from "./storage";
import { type SchemaPolicy, storageOver } from "./storage-over";

export type StorageConfig = DatabaseConfig & { schema?: SchemaPolicy };

/** Opens the configured database (any driver), migrates or verifies its schema, and returns the Storage. */
export async function createStorage(config: StorageConfig): Promise<Storage> {
  return storageOver(await openDatabase(config), config.schema, migrate);
}
