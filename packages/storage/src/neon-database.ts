import { Client, type ClientConfig, type NeonConfigGlobalAndClient, Pool } from "@neondatabase/serverless";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import type { Database, NeonDatabaseConfig, NeonDb } from "./database-types";

/*
 * The Neon driver alone: what a deployed function opens. It never imports PGlite (the embedded
 * database is the local runtime's, in ./pglite-database), nor the `ws` package: Node 24's own
 * WebSocket carries the driver, so no Lambda bundle holds a WebSocket library (~50 KB each).
 */

export async function openNeonDatabase(config: NeonDatabaseConfig): Promise<Database<NeonDb>> {
  if (config.driver === "neon") {
    const pool = neonPool(config.url, { webSocketConstructor: WebSocket });
    return { driver: "neon", db: drizzleNeon({ client: pool }), close: () => pool.end() };
  }
  const proxyAddress = config.wsProxy;
  if (!proxyAddress) {
    // openDatabase (the local runtime, tests, benches) starts its own proxy; a function is given one.
    throw new Error(
      "DATABASE_DRIVER=postgres needs DATABASE_WS_PROXY: the host:port of a WebSocket→TCP proxy in front of the PostgreSQL",
    );
  }
  const pool = neonPool(config.url, {
    webSocketConstructor: WebSocket,
    wsProxy: (host, port) => `${proxyAddress}/v2?address=${host}:${port}`,
    useSecureWebSocket: false,
    pipelineTLS: false,
    pipelineConnect: false,
  });
  return { driver: "postgres", db: drizzleNeon({ client: pool }), close: () => pool.end() };
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
