import { and, eq, isNull, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { liveScores } from "../live-score.sql";
import { resumeErasures } from "../resume-erasure.sql";
import { validCard } from "./cards";
import { getRecord } from "./read";
import { cardTables } from "./rows";
import type { CardRecord, DocumentKind, RecordChanges } from "./types";

/**
 * A recruiter's corrections, in one transaction: a corrected card is checked against the codex
 * schema of the record's kind again; a job that closes leaves the live rankings at once (and,
 * no longer `open`, is neither scored against new CVs nor rematched). Touching `updated_at`
 * makes warm candidate indexes and job queries pick the correction up. null: no such record.
 */
export async function updateRecord<K extends DocumentKind>(
  db: Db,
  tenantId: string,
  kind: K,
  id: string,
  changes: RecordChanges<K>,
): Promise<CardRecord<K> | null> {
  if (!isUuid(id)) return null;
  const t: CardTable = cardTables[kind];
  const card = changes.card === undefined ? {} : { card: validCard(kind, changes.card) };
  const updated = await db.transaction(async (tx) => {
    const rows = await tx
      .update(t)
      .set({
        ...(changes.title === undefined ? {} : { title: changes.title }),
        ...(changes.stage === undefined ? {} : { stage: changes.stage }),
        ...(changes.origin === undefined ? {} : { origin: changes.origin }),
        ...card,
        updatedAt: sql`now()`,
      })
      .where(and(eq(t.tenantId, tenantId), eq(t.id, id), isNull(t.deletedAt)))
      .returning({ id: t.id });
    if (rows.length === 0) return false;
    if (kind === "job" && changes.stage === "closed") {
      await tx.delete(liveScores).where(and(eq(liveScores.tenantId, tenantId), eq(liveScores.jobId, id)));
    }
    return true;
  });
  return updated ? getRecord(db, tenantId, kind, id) : null;
}

/**
 * Erasure: the document row goes, and with it (foreign keys, ON DELETE CASCADE) the job or
 * resume, its live scores, match results, feedback and tailorings — for a job also its match
 * sessions. The caller removes the stored objects first (services record/erase.ts), so nothing
 * is left that a reconciler could take for an unregistered upload. false: no such record.
 */
export async function eraseRecord(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  id: string,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const t: CardTable = cardTables[kind];
  return db.transaction(async (tx) => {
    const erased = await tx
      .delete(documents)
      .where(
        and(
          eq(documents.tenantId, tenantId),
          sql`${documents.id} = (select ${t.documentId} from ${t} where ${t.tenantId} = ${tenantId} and ${t.id} = ${id}::uuid)`,
        ),
      )
      .returning({ id: documents.id });
    // The row is gone: candidate indexes elsewhere learn of it from this log (resume-erasure.sql.ts).
    if (erased.length > 0 && kind === "resume") {
      await tx
        .insert(resumeErasures)
        .values({ tenantId, resumeId: id })
        .onConflictDoUpdate({
          target: [resumeErasures.tenantId, resumeErasures.resumeId],
          set: { erasedAt: sql`now()` },
        });
    }
    return erased.length > 0;
  });
}
