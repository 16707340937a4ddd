import { and, eq, gte, ilike, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { CardTable } from "./card.sql";
import type { Cursor } from "./cursor";
import { documents } from "./document.sql";
import { jobs } from "./job.sql";
import { resumes } from "./resume.sql";
import type { CardRecord, DocumentKind, DocumentRecord, ListFilter } from "./storage";

export const cardTables: Record<DocumentKind, CardTable> = { job: jobs, resume: resumes };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit)));
}

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

export function toCardRecord(kind: DocumentKind, row: RecordRow): CardRecord {
  return { ...row, kind, card: row.card ?? null };
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
