import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { documentKinds, documentSources, oneOf, parseStatuses, timestampMs } from "./columns";
import { tenants } from "./tenant.sql";

/** One uploaded file (kept until a user deletes it). Idempotent by (tenant, kind, sha256). */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: documentKinds }).notNull(),
    source: text("source", { enum: documentSources }).notNull(),
    bucket: text("bucket").notNull(),
    s3Key: text("s3_key").notNull(),
    filename: text("filename").notNull(),
    sha256: text("sha256").notNull(),
    mime: text("mime").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    status: text("status", { enum: parseStatuses }).notNull().default("queued"),
    error: text("error"),
    /** The stable dotted code of `error` (docs/api-contract.md#failure-codes). */
    errorCode: text("error_code"),
    /** The reconciler's: the DocumentIngest execution now responsible (null = the document id). */
    executionName: text("execution_name"),
    /** The reconciler's: how many times it restarted this document's ingest. */
    recoveryAttempts: integer("recovery_attempts").notNull().default(0),
    /** Who sent it (the token's `sub`); null for a bulk drop: the audit's actor (issue 13). */
    requestedBy: text("requested_by"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("documents_tenant_kind_sha256_key").on(t.tenantId, t.kind, t.sha256),
    index("documents_tenant_created_idx").on(
      t.tenantId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // The reconciler's scans (across tenants): unsettled documents by age, objects by key.
    index("documents_unsettled_idx")
      .on(t.updatedAt, t.id)
      .where(sql`${t.status} in ('queued', 'processing')`),
    index("documents_bucket_key_idx").on(t.bucket, t.s3Key),
    // The analytics dashboard's recent activity: a tenant's newest parsed or failed documents.
    index("documents_tenant_settled_idx")
      .on(t.tenantId, t.updatedAt.desc().nullsFirst())
      .where(sql`${t.status} in ('parsed', 'failed')`),
    check("documents_kind_check", oneOf(t.kind, documentKinds)),
    check("documents_source_check", oneOf(t.source, documentSources)),
    check("documents_status_check", oneOf(t.status, parseStatuses)),
    check("documents_size_check", sql`${t.sizeBytes} >= 0`),
  ],
);
