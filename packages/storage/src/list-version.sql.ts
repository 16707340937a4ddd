import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * A number that changes whenever anything a tenant's list of jobs or CVs shows may have changed:
 * bumped by a trigger on every insert, update and delete of a job or resume row (migration 0019).
 * A list page computed at one version is still right while the version is the same, so a
 * process may answer it again from memory after reading this one row (records/list-cache.ts).
 * No foreign key to tenants, as record_counts.
 */
export const listVersions = pgTable(
  "list_versions",
  {
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind] })],
);
