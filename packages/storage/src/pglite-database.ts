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
  // Prepared statements keep their generic plan. On `auto`, PostgreSQL compares it with custom
  // plans, and a generic plan's `limit $n` is costed as 10 % of the rows: once tables have
  // statistics, every paged query (lists, results) was planned afresh on each run, a list of
  // 20 over 10,000 CVs 1.7–2.4 → 3.0–4.5 ms. The product's statements are tenant-scoped and
  // keyed, where a generic plan is the custom one.
  await client.exec("set plan_cache_mode = force_generic_plan");
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
