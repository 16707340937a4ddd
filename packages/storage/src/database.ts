import type { Database, DatabaseConfig } from "./database-types";
import { openNeonDatabase } from "./neon-database";
import { openPgliteDatabase } from "./pglite-database";

export type {
  Database,
  DatabaseConfig,
  Db,
  Driver,
  NeonDatabaseConfig,
  NeonDb,
  PgliteDb,
} from "./database-types";

/** Any driver (the local runtime, tests, benches); a deployed function uses openNeonDatabase. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.driver === "pglite" ? openPgliteDatabase(config.dataDir) : openNeonDatabase(config);
}
