import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * How many visible (not deleted) jobs and CVs a tenant has, per status, stage and origin: kept
 * by a trigger on jobs and resumes (migration 0010), so a list's `total` over those filters is a
 * sum of a few rows instead of a count over every record. No foreign key to tenants: a row of a
 * tenant being deleted is decremented by the cascade itself.
 */
export const recordCounts = pgTable(
  "record_counts",
  {
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    stage: text("stage").notNull(),
    origin: text("origin").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.status, t.stage, t.origin] })],
);
