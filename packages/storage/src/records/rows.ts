import { and, eq, gte, ilike, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import type { Cursor } from "../cursor";
import { documents } from "../document.sql";
import { jobs } from "../job.sql";
import { resumes } from "../resume.sql";
import { storedCard } from "./cards";
import type { CardRecord, DocumentKind, DocumentRecord, ListFilter } from "./types";

export const cardTables: Record<DocumentKind, CardTable> = { job: jobs, resume: resumes };

/** The columns of a CardRecord: the job/resume row plus its document's filename. */
export function recordColumns(t: CardTable) {
  return {
    id: t.id,
    tenantId: t.tenantId,
    documentId: t.documentId,
    status: t.status,
    title: t.title,
    card: t.card,
    language: t.language,
    error: t.error,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    deletedAt: t.deletedAt,
    filename: documents.filename,
  };
}

export type RecordRow = Omit<CardRecord, "kind" | "card"> & { card: unknown };

export function toCardRecord<K extends DocumentKind>(kind: K, row: RecordRow): CardRecord<K> {
  // One object per kind keeps the union discriminated for TypeScript.
  const record = { ...row, kind, card: storedCard(kind, row.card) };
  return record as CardRecord<K>;
}

export function toDocumentRecord(row: typeof documents.$inferSelect): DocumentRecord {
  return { ...row, error: row.error ?? null };
}

/** LIKE treats % and _ (and the escape character itself) as wildcards; user text must not. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Tenant scope, visibility and every filter, combined with and(...). */
export function listWhere(
  t: CardTable,
  tenantId: string,
  filter: Omit<ListFilter, "limit" | "cursor">,
  cursor?: Cursor,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(t.tenantId, tenantId), isNull(t.deletedAt)];
  if (filter.status !== undefined) conditions.push(eq(t.status, filter.status));
  if (filter.language !== undefined) conditions.push(eq(t.language, filter.language));
  if (filter.createdAfter !== undefined) conditions.push(gte(t.createdAt, filter.createdAfter));
  if (filter.createdBefore !== undefined) conditions.push(lt(t.createdAt, filter.createdBefore));
  const q = filter.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    conditions.push(or(ilike(t.title, pattern), ilike(documents.filename, pattern)));
  }
  if (cursor !== undefined) {
    // Row comparison matches the (created_at desc, id desc) index and order exactly.
    conditions.push(
      sql`(${t.createdAt}, ${t.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  return and(...conditions);
}
