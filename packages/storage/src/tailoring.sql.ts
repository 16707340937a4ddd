import { check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { oneOf, timestampMs } from "./columns";
import { jobs } from "./job.sql";
import { resumes } from "./resume.sql";
import { tenants } from "./tenant.sql";

export const tailoringStatuses = ["queued", "running", "done", "failed"] as const;

/**
 * One CV tailored to one job (the Tailor workflow): what was asked (`options`), and once done
 * the resume-tailor-v1 bundle (tailored card, change log, verification). The proposal and the
 * bundle also live in S3 under derived/<tenant>/tailorings/<id>/ while the workflow runs.
 */
export const tailorings = pgTable(
  "tailorings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    resumeId: uuid("resume_id")
      .notNull()
      .references(() => resumes.id, { onDelete: "cascade" }),
    status: text("status", { enum: tailoringStatuses }).notNull().default("queued"),
    options: jsonb("options").$type<unknown>().notNull().default({}),
    bundle: jsonb("bundle").$type<unknown>(),
    /** The provider that was asked (openai | rules); the bundle says which one answered. */
    provider: text("provider"),
    error: text("error"),
    /** The stable dotted code of `error` (docs/api-contract.md#failure-codes). */
    errorCode: text("error_code"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
    finishedAt: timestampMs("finished_at"),
  },
  (t) => [
    index("tailorings_tenant_created_idx").on(
      t.tenantId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("tailorings_tenant_resume_idx").on(t.tenantId, t.resumeId),
    // The analytics dashboard's recent activity: a tenant's tailorings, newest change first.
    index("tailorings_tenant_updated_idx").on(t.tenantId, t.updatedAt.desc().nullsFirst()),
    check("tailorings_status_check", oneOf(t.status, tailoringStatuses)),
  ],
);
