import { Client, type ClientConfig, type NeonConfigGlobalAndClient, Pool } from "@neondatabase/serverless";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import ws from "ws";
import type { Database, NeonDatabaseConfig, NeonDb } from "./database-types";
import { startWsProxy } from "./ws-proxy";

/*
 * The Neon driver alone: what a deployed function opens. It never imports PGlite (the embedded
 * database is the local runtime's, in ./pglite-database), so no Lambda bundle carries it.
 */

export async function openNeonDatabase(config: NeonDatabaseConfig): Promise<Database<NeonDb>> {
  if (config.driver === "neon") {
    const pool = neonPool(config.url, { webSocketConstructor: ws });
    return { driver: "neon", db: drizzleNeon({ client: pool }), close: () => pool.end() };
  }
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
