import type { Database, DatabaseConfig, NeonDatabaseConfig } from "./database-types";
import { openNeonDatabase } from "./neon-database";
import { openPgliteDatabase } from "./pglite-database";
import { startWsProxy } from "./ws-proxy";

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
  if (config.driver === "pglite") return openPgliteDatabase(config.dataDir);
  if (config.driver === "postgres" && !config.wsProxy) return throughOwnProxy(config);
  return openNeonDatabase(config);
}

/** A plain PostgreSQL through the Neon driver and a proxy of our own, which reaches that database only. */
async function throughOwnProxy(config: NeonDatabaseConfig & { driver: "postgres" }): Promise<Database> {
  const target = new URL(config.url);
  const allowed = `${target.hostname.replace(/^\[(.*)\]$/, "$1")}:${target.port || "5432"}`;
  const proxy = await startWsProxy({ allowTarget: (host, port) => `${host}:${port}` === allowed });
  try {
    const database = await openNeonDatabase({ ...config, wsProxy: proxy.address });
    return {
      ...database,
      close: async () => {
        await database.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await proxy.close();
    throw error;
  }
}
