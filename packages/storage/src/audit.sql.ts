import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { documentKinds, oneOf, timestampMs } from "./columns";
import { tenants } from "./tenant.sql";

/** What an audited AI output was for (one row per model call). */
export const auditKinds = ["extraction", "analysis", "tailoring", "vision"] as const;
export const auditOutcomes = ["ok", "failed"] as const;
/** A person (the token's `sub`) or the system (a drop, the scheduler, the reconciler). */
export const auditActorTypes = ["user", "system"] as const;

/** The verifier's verdict on an answer: counts only, never the claims. */
export interface AuditVerdict {
  result: "passed" | "adjusted" | "failed";
  checked: number;
  rejected: number;
}

/**
 * Issue 13: one row per model call behind an AI output — which provider, model and codex prompt
 * version, a sha256 of the exact request, tokens, outcome, the verifier's verdict, who asked and
 * about what. Never text: no prompt, document or answer. The subject ids carry no foreign keys
 * on purpose: erasing a document or a record keeps its audit rows (ids only, nothing personal),
 * so the trail outlives what it audits; only deleting the tenant removes them.
 */
export const aiAuditEvents = pgTable(
  "ai_audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: auditKinds }).notNull(),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    promptVersion: text("prompt_version"),
    inputHash: text("input_hash").notNull(),
    promptTokens: integer("prompt_tokens"),
    completionTokens: integer("completion_tokens"),
    totalTokens: integer("total_tokens"),
    outcome: text("outcome", { enum: auditOutcomes }).notNull(),
    errorCode: text("error_code"),
    verdict: jsonb("verdict").$type<AuditVerdict>(),
    durationMs: integer("duration_ms").notNull(),
    retries: integer("retries").notNull().default(0),
    cached: boolean("cached").notNull().default(false),
    actorType: text("actor_type", { enum: auditActorTypes }).notNull(),
    actorId: text("actor_id").notNull(),
    documentId: uuid("document_id"),
    documentKind: text("document_kind", { enum: documentKinds }),
    jobId: uuid("job_id"),
    resumeId: uuid("resume_id"),
    sessionId: uuid("session_id"),
    tailoringId: uuid("tailoring_id"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("ai_audit_events_tenant_created_idx").on(
      t.tenantId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("ai_audit_events_tenant_document_idx").on(t.tenantId, t.documentId),
    index("ai_audit_events_tenant_job_idx").on(t.tenantId, t.jobId),
    index("ai_audit_events_tenant_resume_idx").on(t.tenantId, t.resumeId),
    index("ai_audit_events_tenant_tailoring_idx").on(t.tenantId, t.tailoringId),
    check("ai_audit_events_kind_check", oneOf(t.kind, auditKinds)),
    check("ai_audit_events_outcome_check", oneOf(t.outcome, auditOutcomes)),
    check("ai_audit_events_actor_type_check", oneOf(t.actorType, auditActorTypes)),
    check("ai_audit_events_retries_check", sql`${t.retries} >= 0`),
  ],
);
