import type { Storage, StorageConfig, WsProxy } from "../../src/index";
import { startWsProxy } from "../../src/index";
import { type PgCluster, startPgCluster } from "./pg-cluster";

export interface DriverTarget {
  /** Each createStorage(config) of the same target sees the same database (pglite: a new one). */
  config: StorageConfig;
  /** A second, empty database of the same kind (for migration tests). */
  freshConfig(): Promise<StorageConfig>;
  teardown(): Promise<void>;
}

export interface SuiteContext {
  storage: Storage;
  target: DriverTarget;
}

export interface DriverFixture {
  name: string;
  start(): Promise<DriverTarget>;
}

export const pgliteMemory: DriverFixture = {
  name: "pglite (in memory)",
  start: async () => ({
    config: { driver: "pglite" },
    freshConfig: async () => ({ driver: "pglite", dataDir: "memory://" }),
    teardown: async () => undefined,
  }),
};

/** Real PostgreSQL 15 through the Neon driver and our WebSocket→TCP proxy. */
export const postgresViaNeon: DriverFixture = {
  name: "postgresql (neon driver via ws proxy)",
  start: async () => {
    let cluster: PgCluster | undefined;
    let proxy: WsProxy | undefined;
    try {
      [cluster, proxy] = await Promise.all([startPgCluster(), startWsProxy()]);
    } catch (error) {
      await Promise.allSettled([cluster?.stop(), proxy?.close()]);
      throw error;
    }
    const pg = cluster;
    const wsProxy = proxy.address;
    let databases = 0;
    return {
      config: { driver: "postgres", url: pg.url, wsProxy },
      freshConfig: async () => ({
        driver: "postgres",
        url: await pg.createDatabase(`fresh_${++databases}`),
        wsProxy,
      }),
      teardown: async () => {
        await Promise.allSettled([proxy?.close(), pg.stop()]);
      },
    };
  },
};
