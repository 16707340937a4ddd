import { index, jsonb, pgTable, primaryKey, real, text, uuid } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { jobs } from "./job.sql";
import { resumes } from "./resume.sql";

/**
 * Each open job's live ranking: the latest step-1 score of a (job, resume) pair. A new CV writes
 * one row per open job (DocumentIngest's Match step); a new job or a Rematch replaces the job's
 * rows with its step-1 top N. Ranks are not stored: they come from `score desc` at read time,
 * so adding a CV is one upsert per job instead of renumbering the whole ranking.
 */
export const liveScores = pgTable(
  "live_scores",
  {
    tenantId: text("tenant_id").notNull(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    resumeId: uuid("resume_id")
      .notNull()
      .references(() => resumes.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    breakdown: jsonb("breakdown").$type<unknown>().notNull(),
    scoredAt: timestampMs("scored_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.resumeId] }),
    index("live_scores_tenant_job_score_idx").on(t.tenantId, t.jobId, t.score.desc(), t.resumeId),
    // A CV's best jobs (GET /api/resumes/{id}/jobs), and its rows when it is erased.
    index("live_scores_tenant_resume_score_idx").on(t.tenantId, t.resumeId, t.score.desc(), t.jobId),
  ],
);
