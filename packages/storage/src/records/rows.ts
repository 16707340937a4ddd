import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import { documents } from "../document.sql";
import { jobs } from "../job.sql";
import { resumes } from "../resume.sql";
import { storedCard } from "./cards";
import type { CardRecord, DocumentKind, DocumentRecord } from "./types";

export const cardTables: Record<DocumentKind, CardTable> = { job: jobs, resume: resumes };

/** The job/resume row's own columns of a CardRecord (not the generated search columns). */
export function cardColumns(t: CardTable) {
  return {
    id: t.id,
    tenantId: t.tenantId,
    documentId: t.documentId,
    status: t.status,
    title: t.title,
    card: t.card,
    language: t.language,
    error: t.error,
    errorCode: t.errorCode,
    stage: t.stage,
    origin: t.origin,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    deletedAt: t.deletedAt,
  };
}

/** The columns of a CardRecord: the job/resume row plus its document's filename. */
export function recordColumns(t: CardTable) {
  return { ...cardColumns(t), filename: documents.filename };
}

export type RecordRow = Omit<CardRecord, "kind" | "card" | "stage" | "origin"> & {
  card: unknown;
  stage: string;
  origin: string;
};

export function toCardRecord<K extends DocumentKind>(kind: K, row: RecordRow): CardRecord<K> {
  // One object per kind keeps the union discriminated for TypeScript; stage and origin are
  // text columns whose CHECK constraints hold the kind's values.
  const record = { ...row, kind, card: storedCard(kind, row.card) };
  return record as CardRecord<K>;
}

export function toDocumentRecord(row: typeof documents.$inferSelect): DocumentRecord {
  return { ...row, error: row.error ?? null, errorCode: row.errorCode ?? null };
}

/** What makes a job open for scoring and rematch: parsed, stage `open`, not deleted. */
export function openJobOf(tenantId: string): SQL | undefined {
  return and(
    eq(jobs.tenantId, tenantId),
    eq(jobs.status, "parsed"),
    eq(jobs.stage, "open"),
    isNull(jobs.deletedAt),
  );
}
