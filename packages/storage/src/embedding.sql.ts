import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { documents } from "./document.sql";
import { tenants } from "./tenant.sql";

/*
 * Issue 14: embeddings (only with an OpenAI key). Each table also has an `embedding` column
 * that drizzle does not declare: migration 0018 adds it as pgvector's `vector` where the
 * extension is available (Neon, PGlite with @electric-sql/pglite-pgvector) and as `real[]`
 * where it is not (a plain PostgreSQL 15), and embeddings/ reads and writes both through text.
 * `space` is the model and dimensions (`text-embedding-3-small:256`): vectors of different
 * spaces are never compared.
 */

/** A taxonomy skill's embedding (label and aliases): taxonomy data, shared by every tenant. */
export const skillEmbeddings = pgTable(
  "skill_embeddings",
  {
    space: text("space").notNull(),
    skillId: text("skill_id").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.space, t.skillId] })],
);

/**
 * A document's embeddings: its card's summary (`part` = "summary") and, for a job, its
 * requirements (`part` = "requirement:" + a hash of the requirement's text). Tenant data: they go
 * with the document (ON DELETE CASCADE), so erasing a CV or a job erases them.
 */
export const documentEmbeddings = pgTable(
  "document_embeddings",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    part: text("part").notNull(),
    space: text("space").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.part] }),
    index("document_embeddings_tenant_idx").on(t.tenantId, t.documentId),
  ],
);
