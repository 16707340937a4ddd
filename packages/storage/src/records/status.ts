import { NotFoundError } from "@futodama/core";
import { and, eq, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { validCard } from "./cards";
import { cardColumns, cardTables, toCardRecord } from "./rows";
import type { CardRecord, ParsedResult, ParseStatus, RecordFailure } from "./types";

interface StatusFields {
  error: string | null;
  errorCode: string | null;
  card?: ParsedResult["card"];
  language?: string | null;
  title?: string | null;
}

/** The document and its job/resume move together, in one transaction, or not at all. */
function setStatus(
  db: Db,
  tenantId: string,
  documentId: string,
  status: ParseStatus,
  fields: StatusFields,
): Promise<CardRecord> {
  const notFound = () =>
    new NotFoundError("document.not_found", "No such document for this tenant", {
      details: { documentId },
    });
  if (!isUuid(documentId)) return Promise.reject(notFound());
  return db.transaction(async (tx) => {
    const [document] = await tx
      .update(documents)
      .set({ status, error: fields.error, errorCode: fields.errorCode, updatedAt: sql`now()` })
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)))
      .returning({ kind: documents.kind, filename: documents.filename });
    if (!document) throw notFound();
    const t = cardTables[document.kind];
    const card = fields.card === undefined ? {} : { card: validCard(document.kind, fields.card) };
    const [row] = await tx
      .update(t)
      .set({ ...fields, ...card, status, updatedAt: sql`now()` })
      .where(and(eq(t.tenantId, tenantId), eq(t.documentId, documentId)))
      .returning(cardColumns(t));
    if (!row) throw notFound();
    return toCardRecord(document.kind, { ...row, filename: document.filename });
  });
}

export async function markProcessing(db: Db, tenantId: string, documentId: string): Promise<void> {
  await setStatus(db, tenantId, documentId, "processing", { error: null, errorCode: null });
}

export function markParsed(
  db: Db,
  tenantId: string,
  documentId: string,
  result: ParsedResult,
): Promise<CardRecord> {
  return setStatus(db, tenantId, documentId, "parsed", {
    error: null,
    errorCode: null,
    card: result.card,
    language: result.language,
    title: result.title,
  });
}

export async function markFailed(
  db: Db,
  tenantId: string,
  documentId: string,
  failure: RecordFailure,
): Promise<void> {
  await setStatus(db, tenantId, documentId, "failed", { error: failure.reason, errorCode: failure.code });
}
