import { bigint, numeric, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";

/**
 * How many visible, parsed records of a tenant name each taxonomy skill (issue 13, analytics):
 * `job` rows count open jobs (demand), `resume` rows count CVs (supply). Kept by statement-level
 * triggers on jobs and resumes (migration 0014), so the skills report reads a few thousand rows
 * at most instead of unnesting the skill ids of every CV. A record counts a skill once, however
 * often its card names it. No foreign key to tenants, like record_counts: a cascade decrements.
 */
export const skillCounts = pgTable(
  "skill_counts",
  {
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    skillId: text("skill_id").notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.skillId] })],
);

/**
 * The live rankings' step-1 scores of a tenant in ten 10-point buckets (0 = [0, 10), …,
 * 9 = [90, 100]): how many and their sum, kept by statement-level triggers on live_scores
 * (migration 0014), so the dashboard's average and distribution read ten rows whatever the
 * number of scores. The sum is numeric so that removing a score takes away exactly what adding
 * it put in (a float sum would drift).
 */
export const scoreBuckets = pgTable(
  "score_buckets",
  {
    tenantId: text("tenant_id").notNull(),
    bucket: smallint("bucket").notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
    total: numeric("total").notNull().default("0"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.bucket] })],
);
