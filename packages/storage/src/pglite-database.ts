import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Database, PgliteDb } from "./database-types";
import { maintainPglite } from "./pglite-maintenance";
import { createMemoryPglite } from "./pglite-memory";
import { pgliteOptions } from "./pglite-options";
import { withPreparedStatements } from "./pglite-statements";

/** Embedded PostgreSQL (WASM): the local runtime's and the tests' database, never a Lambda's. */
export async function openPgliteDatabase(dataDir?: string | undefined): Promise<Database<PgliteDb>> {
  const dir = dataDir === "memory://" ? undefined : dataDir;
  if (dir !== undefined && !dir.includes("://")) await mkdir(dir, { recursive: true });
  const client =
    dir === undefined ? await createMemoryPglite() : await PGlite.create(pgliteOptions({ dataDir: dir }));
  // What autovacuum does on Neon: statistics for the planner, dead rows reclaimed.
  const maintenance = maintainPglite(client);
  return {
    driver: "pglite",
    db: drizzlePglite({ client: withPreparedStatements(client) }),
    close: async () => {
      await maintenance.stop();
      await client.close();
    },
  };
}
