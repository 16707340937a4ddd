import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { documentKinds, oneOf, timestampMs } from "./columns";
import { documents } from "./document.sql";
import { tenants } from "./tenant.sql";

export const batchSources = ["api", "drop"] as const;

/**
 * Many files sent together (issue 13): a batch upload through the API or a bulk drop. Its
 * progress is not stored but counted from its items' documents; `completedAt` is set once, by
 * whichever step settles the last of them (and that step announces `batch.completed`).
 */
export const batches = pgTable(
  "batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: documentKinds }).notNull(),
    source: text("source", { enum: batchSources }).notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    completedAt: timestampMs("completed_at"),
    /**
     * A drop's file count, as the CLI announced it: its files arrive one notification at a time,
     * so it cannot complete before they all have. Null for an API batch (its items come at once).
     */
    expectedTotal: integer("expected_total"),
  },
  (t) => [
    index("batches_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    // The reconciler's scan of batches nobody completed (recovery/outbox.ts).
    index("batches_open_idx").on(t.createdAt, t.id).where(sql`${t.completedAt} is null`),
    check("batches_kind_check", oneOf(t.kind, documentKinds)),
    check("batches_source_check", oneOf(t.source, batchSources)),
  ],
);

/**
 * One file of a batch: the document it became (null when it was refused before one existed,
 * with the reason), and whether that document was there already (a duplicate: not parsed again).
 */
export const batchItems = pgTable(
  "batch_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => batches.id, { onDelete: "cascade" }),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    filename: text("filename").notNull(),
    duplicate: boolean("duplicate").notNull().default(false),
    error: text("error"),
    errorCode: text("error_code"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    /** Upload order (the files of one request share their created_at). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    /** A dropped file's S3 key: a redelivered notification adds no second item. */
    sourceKey: text("source_key"),
  },
  (t) => [
    index("batch_items_batch_idx").on(t.batchId, t.seq),
    uniqueIndex("batch_items_batch_source_key_idx").on(t.batchId, t.sourceKey),
    // Which open batches a settling document belongs to.
    index("batch_items_tenant_document_idx").on(t.tenantId, t.documentId).where(sql`${t.duplicate} = false`),
  ],
);
