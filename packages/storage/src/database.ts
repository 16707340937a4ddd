import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { Client, type ClientConfig, type NeonConfigGlobalAndClient, Pool } from "@neondatabase/serverless";
import { drizzle as drizzleNeon, type NeonDatabase } from "drizzle-orm/neon-serverless";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import ws from "ws";
import { createMemoryPglite } from "./pglite-memory";
import { startWsProxy } from "./ws-proxy";

export type DatabaseConfig =
  /** Embedded PostgreSQL (WASM). `dataDir` is a directory (e.g. `.data/pglite`); none or "memory://" = in memory. */
  | { driver: "pglite"; dataDir?: string | undefined }
  /**
   * A plain PostgreSQL server reached through the Neon driver and a WebSocket→TCP proxy
   * (`host:port` of one from startWsProxy). Without `wsProxy`, one is started in-process and
   * closed with the database.
   */
  | { driver: "postgres"; url: string; wsProxy?: string | undefined }
  /** Neon itself (Lambda): the driver's defaults, secure WebSockets to Neon's own proxy. */
  | { driver: "neon"; url: string };

export type Driver = DatabaseConfig["driver"];
/** What the storage code is written against: the driver-independent drizzle surface. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type PgliteDb = PgliteDatabase & { $client: PGlite };
export type NeonDb = NeonDatabase & { $client: Pool };

export interface Database {
  driver: Driver;
  /** The driver-specific handle, for migrate() and anything driver-bound. */
  db: PgliteDb | NeonDb;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  switch (config.driver) {
    case "pglite": {
      const dataDir = config.dataDir === "memory://" ? undefined : config.dataDir;
      if (dataDir !== undefined && !dataDir.includes("://")) await mkdir(dataDir, { recursive: true });
      const client = dataDir === undefined ? await createMemoryPglite() : await PGlite.create(dataDir);
      return { driver: "pglite", db: drizzlePglite({ client }), close: () => client.close() };
    }
    case "postgres": {
      // Our own proxy forwards to the database of this URL and nowhere else.
      const target = new URL(config.url);
      const allowed = `${target.hostname.replace(/^\[(.*)\]$/, "$1")}:${target.port || "5432"}`;
      const proxy =
        config.wsProxy === undefined
          ? await startWsProxy({ allowTarget: (host, port) => `${host}:${port}` === allowed })
          : null;
      const proxyAddress = config.wsProxy ?? proxy?.address;
      const pool = neonPool(config.url, {
        webSocketConstructor: ws,
        wsProxy: (host, port) => `${proxyAddress}/v2?address=${host}:${port}`,
        useSecureWebSocket: false,
        pipelineTLS: false,
        pipelineConnect: false,
      });
      return {
        driver: "postgres",
        db: drizzleNeon({ client: pool }),
        close: async () => {
          await pool.end();
          await proxy?.close();
        },
      };
    }
    case "neon": {
      const pool = neonPool(config.url, { webSocketConstructor: ws });
      return { driver: "neon", db: drizzleNeon({ client: pool }), close: () => pool.end() };
    }
  }
}

/**
 * neonConfig is a process-wide singleton, but every Client carries its own copy
 * (`client.neonConfig`) that falls back to the global one. Setting ours per client keeps two
 * pools with different settings (a local proxy and real Neon, say) from leaking into each other.
 */
function neonPool(url: string, settings: Partial<NeonConfigGlobalAndClient>): Pool {
  const pool = new Pool({ connectionString: url });
  pool.Client = class ConfiguredClient extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
      Object.assign(this.neonConfig, settings);
    }
  };
  // An idle client dropped by the server must not crash the process; the pool replaces it.
  pool.on("error", (error: Error) =>
    console.warn(`storage: idle database connection lost: ${error.message}`),
  );
  return pool;
}
