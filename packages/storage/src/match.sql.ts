import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, real, text, uuid } from "drizzle-orm/pg-core";
import { oneOf, timestampMs } from "./columns";
import { jobs } from "./job.sql";
import { resumes } from "./resume.sql";
import { tenants } from "./tenant.sql";

export const matchKinds = ["step1", "step2"] as const;
export const matchStatuses = ["queued", "running", "done", "failed"] as const;
export const matchVerdicts = ["positive", "negative", "hired"] as const;

/** One ranking run of a job against the tenant's candidates (step 1) or a deep dive (step 2). */
export const matchSessions = pgTable(
  "match_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: matchKinds }).notNull(),
    status: text("status", { enum: matchStatuses }).notNull().default("queued"),
    options: jsonb("options").$type<unknown>().notNull().default({}),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    error: text("error"),
    /** The stable dotted code of `error` (docs/api-contract.md#failure-codes). */
    errorCode: text("error_code"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("match_sessions_tenant_job_created_idx").on(
      t.tenantId,
      t.jobId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // The analytics dashboard's recent activity: a tenant's sessions, newest change first.
    index("match_sessions_tenant_updated_idx").on(t.tenantId, t.updatedAt.desc().nullsFirst()),
    check("match_sessions_kind_check", oneOf(t.kind, matchKinds)),
    check("match_sessions_status_check", oneOf(t.status, matchStatuses)),
    check("match_sessions_counts_check", sql`${t.total} >= 0 and ${t.done} >= 0 and ${t.failed} >= 0`),
  ],
);

/** One ranked candidate of a session; `analysis` is filled by step 2. */
export const matchResults = pgTable(
  "match_results",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => matchSessions.id, { onDelete: "cascade" }),
    tenantId: text("tenant_id").notNull(),
    resumeId: uuid("resume_id")
      .notNull()
      .references(() => resumes.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    score: real("score").notNull(),
    breakdown: jsonb("breakdown").$type<unknown>().notNull(),
    analysis: jsonb("analysis").$type<unknown>(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.resumeId] }),
    index("match_results_tenant_session_rank_idx").on(t.tenantId, t.sessionId, t.rank),
  ],
);

/** A recruiter's verdict on a candidate of a session: the labels future tuning learns from. */
export const matchFeedback = pgTable(
  "match_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => matchSessions.id, { onDelete: "cascade" }),
    resumeId: uuid("resume_id")
      .notNull()
      .references(() => resumes.id, { onDelete: "cascade" }),
    verdict: text("verdict", { enum: matchVerdicts }).notNull(),
    notes: text("notes"),
    createdBy: text("created_by").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("match_feedback_tenant_session_idx").on(t.tenantId, t.sessionId),
    check("match_feedback_verdict_check", oneOf(t.verdict, matchVerdicts)),
  ],
);
