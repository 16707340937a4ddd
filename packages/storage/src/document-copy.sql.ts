import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { documents } from "./document.sql";

/**
 * Another object holding a document's very bytes: the same file dropped again (the starter
 * answers "duplicate" and registers nothing new). Kept so that erasure deletes every copy of
 * the person's file, and so the reconciler does not take the copy for an unregistered object.
 */
export const documentCopies = pgTable(
  "document_copies",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    tenantId: text("tenant_id").notNull(),
    bucket: text("bucket").notNull(),
    s3Key: text("s3_key").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.s3Key] }),
    index("document_copies_document_idx").on(t.tenantId, t.documentId),
  ],
);
