import type { NeonDatabaseConfig } from "./database-types";
import { migrateNeon } from "./migrate-neon";
import { openNeonDatabase } from "./neon-database";
import type { Storage } from "./storage";
import { type SchemaPolicy, storageOver } from "./storage-over";

/*
 * `@futodama/storage/neon`: the Storage over the Neon driver only — what deployed functions and
 * the Migrator import. PGlite stays out of their bundles (the local runtime opens it through
 * the main entry and hands its storage to the handlers).
 */

export type { NeonDatabaseConfig, NeonDb } from "./database-types";
export { migrateNeon } from "./migrate-neon";
export { openNeonDatabase } from "./neon-database";
export { expectedMigration } from "./schema-version";

export type NeonStorageConfig = NeonDatabaseConfig & { schema?: SchemaPolicy };

export async function createNeonStorage(config: NeonStorageConfig): Promise<Storage> {
  return storageOver(await openNeonDatabase(config), config.schema, migrateNeon);
}
