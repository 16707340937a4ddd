import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "@neondatabase/serverless";
import type { NeonDatabase } from "drizzle-orm/neon-serverless";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PgliteDatabase } from "drizzle-orm/pglite";

/** The Neon driver's configurations: what a deployed function (and the Migrator) opens. */
export type NeonDatabaseConfig =
  /**
   * A plain PostgreSQL server reached through the Neon driver and a WebSocket→TCP proxy
   * (`host:port` of one from startWsProxy). Without `wsProxy`, openDatabase starts one
   * in-process and closes it with the database; openNeonDatabase (a function's) requires it.
   */
  | { driver: "postgres"; url: string; wsProxy?: string | undefined }
  /** Neon itself (Lambda): the driver's defaults, secure WebSockets to Neon's own proxy. */
  | { driver: "neon"; url: string };

export type DatabaseConfig =
  /** Embedded PostgreSQL (WASM). `dataDir` is a directory (e.g. `.data/pglite`); none or "memory://" = in memory. */
  { driver: "pglite"; dataDir?: string | undefined } | NeonDatabaseConfig;

export type Driver = DatabaseConfig["driver"];
/** What the storage code is written against: the driver-independent drizzle surface. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type PgliteDb = PgliteDatabase & { $client: PGlite };
export type NeonDb = NeonDatabase & { $client: Pool };

export interface Database<D extends PgliteDb | NeonDb = PgliteDb | NeonDb> {
  driver: Driver;
  /** The driver-specific handle, for migrate() and anything driver-bound. */
  db: D;
  close(): Promise<void>;
}
