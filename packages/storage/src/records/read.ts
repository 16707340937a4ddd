import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { cardTables, type RecordRow, recordColumns, toCardRecord, toDocumentRecord } from "./rows";
import type { CardRecord, DocumentKind, DocumentRecord, RegisteredDocument } from "./types";

export async function getDocument(
  db: Db,
  tenantId: string,
  documentId: string,
): Promise<DocumentRecord | null> {
  if (!isUuid(documentId)) return null;
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)));
  return row ? toDocumentRecord(row) : null;
}

export async function findDocumentByHash(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  sha256: string,
): Promise<RegisteredDocument | null> {
  const t = cardTables[kind];
  const [row] = await db
    .select({ document: documents, record: recordColumns(t) })
    .from(documents)
    .innerJoin(t, eq(t.documentId, documents.id))
    .where(
      and(
        eq(documents.tenantId, tenantId),
        eq(documents.kind, kind),
        eq(documents.sha256, sha256),
        isNull(t.deletedAt),
      ),
    );
  if (!row) return null;
  return {
    document: toDocumentRecord(row.document),
    record: toCardRecord(kind, row.record),
    created: false,
  };
}

export async function getRecord<K extends DocumentKind>(
  db: Db,
  tenantId: string,
  kind: K,
  id: string,
): Promise<CardRecord<K> | null> {
  if (!isUuid(id)) return null;
  const [row] = await recordRowsById(db, tenantId, kind, [id]);
  return row ? toCardRecord(kind, row) : null;
}

/** The tenant's live records of a kind among `ids` (valid uuids), as rows, in no order. */
export function recordRowsById(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  ids: string[],
): Promise<RecordRow[]> {
  const t: CardTable = cardTables[kind];
  return db
    .select(recordColumns(t))
    .from(t)
    .innerJoin(documents, eq(documents.id, t.documentId))
    .where(and(eq(t.tenantId, tenantId), inArray(t.id, ids), isNull(t.deletedAt)));
}

export async function getRecordByDocument(
  db: Db,
  tenantId: string,
  documentId: string,
): Promise<CardRecord | null> {
  const document = await getDocument(db, tenantId, documentId);
  if (!document) return null;
  const t = cardTables[document.kind];
  const [row] = await db
    .select(recordColumns(t))
    .from(t)
    .innerJoin(documents, eq(documents.id, t.documentId))
    .where(and(eq(t.tenantId, tenantId), eq(t.documentId, documentId), isNull(t.deletedAt)));
  return row ? toCardRecord(document.kind, row) : null;
}

/** Soft delete; false when there was nothing (of this tenant) to delete. */
export async function softDeleteRecord(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  id: string,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const t = cardTables[kind];
  const deleted = await db
    .update(t)
    .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(t.tenantId, tenantId), eq(t.id, id), isNull(t.deletedAt)))
    .returning({ id: t.id });
  return deleted.length > 0;
}
