import { and, eq, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { cardColumns, cardTables, toCardRecord } from "./rows";
import type { CardRecord } from "./types";

/**
 * A failed document back to queued, in one transaction and only from `failed`: of two retries
 * racing, one wins and the other gets null, so one retry starts one execution.
 */
export async function requeueFailed(
  db: Db,
  tenantId: string,
  documentId: string,
): Promise<CardRecord | null> {
  if (!isUuid(documentId)) return null;
  return db.transaction(async (tx) => {
    const [document] = await tx
      .update(documents)
      .set({ status: "queued", error: null, errorCode: null, updatedAt: sql`now()` })
      .where(
        and(eq(documents.tenantId, tenantId), eq(documents.id, documentId), eq(documents.status, "failed")),
      )
      .returning({ kind: documents.kind, filename: documents.filename });
    if (!document) return null;
    const t = cardTables[document.kind];
    const [row] = await tx
      .update(t)
      .set({ status: "queued", error: null, errorCode: null, updatedAt: sql`now()` })
      .where(and(eq(t.tenantId, tenantId), eq(t.documentId, documentId)))
      .returning(cardColumns(t));
    return row ? toCardRecord(document.kind, { ...row, filename: document.filename }) : null;
  });
}
