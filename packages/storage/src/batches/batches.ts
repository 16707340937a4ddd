import { and, eq, gte, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import { batches, batchItems, type batchSources } from "../batch.sql";
import type { documentKinds } from "../columns";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { ensureTenant } from "../tenants";

export type BatchKind = (typeof documentKinds)[number];
export type BatchSource = (typeof batchSources)[number];

export interface Batch {
  id: string;
  kind: BatchKind;
  source: BatchSource;
  createdAt: Date;
  completedAt: Date | null;
}

/** One file of a batch as it went in: the document it became, or why it did not. */
export interface NewBatchItem {
  filename: string;
  documentId?: string | null | undefined;
  duplicate?: boolean | undefined;
  error?: string | null | undefined;
  errorCode?: string | null | undefined;
  /** A dropped file's S3 key: the same key again adds nothing. */
  sourceKey?: string | null | undefined;
}

export interface NewBatch {
  kind: BatchKind;
  source: BatchSource;
  /** A drop's own id (the CLI makes it, so it can print it before the first file lands). */
  id?: string | undefined;
  /** A drop's file count; the batch completes only once that many items arrived. */
  expectedTotal?: number | undefined;
}

const batchColumns = {
  id: batches.id,
  kind: batches.kind,
  source: batches.source,
  createdAt: batches.createdAt,
  completedAt: batches.completedAt,
};

/** The batch; null only when a given id is already another tenant's (a drop cannot join it). */
export async function createBatch(db: Db, tenantId: string, input: NewBatch): Promise<Batch | null> {
  await ensureTenant(db, tenantId);
  const [row] = await db
    .insert(batches)
    .values({
      tenantId,
      kind: input.kind,
      source: input.source,
      expectedTotal: input.expectedTotal ?? null,
      ...(input.id ? { id: input.id } : {}),
    })
    .onConflictDoNothing({ target: batches.id })
    .returning(batchColumns);
  if (row) return row;
  // Created already (another file of the same drop): the same batch, if it is this tenant's.
  return input.id ? getBatch(db, tenantId, input.id) : null;
}

export async function getBatch(db: Db, tenantId: string, batchId: string): Promise<Batch | null> {
  if (!isUuid(batchId)) return null;
  const [row] = await db
    .select(batchColumns)
    .from(batches)
    .where(and(eq(batches.tenantId, tenantId), eq(batches.id, batchId)));
  return row ?? null;
}

export async function addBatchItems(
  db: Db,
  tenantId: string,
  batchId: string,
  items: NewBatchItem[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insert(batchItems)
    .values(
      items.map((item) => ({
        tenantId,
        batchId,
        filename: item.filename,
        documentId: item.documentId ?? null,
        duplicate: item.duplicate ?? false,
        error: item.error ?? null,
        errorCode: item.errorCode ?? null,
        sourceKey: item.sourceKey ?? null,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Marks complete the open batches that have nothing left queued or processing — those holding
 * this document, or this one batch — and returns them: each is completed by exactly one caller
 * (the row's `completed_at is null` is the lock), which is the one that announces it. Every
 * caller runs after its own status change committed, so the last document to settle always sees
 * every other one settled.
 */
export async function completeSettledBatches(
  db: Db,
  tenantId: string,
  of: { documentId: string } | { batchId: string },
): Promise<Batch[]> {
  const id = "documentId" in of ? of.documentId : of.batchId;
  if (!isUuid(id)) return [];
  const i = batchItems;
  const holding = db
    .select({ id: i.batchId })
    .from(i)
    .where(and(eq(i.tenantId, tenantId), eq(i.documentId, id), eq(i.duplicate, false)));
  const unsettled = db
    .select({ one: sql`1` })
    .from(i)
    .innerJoin(documents, eq(documents.id, i.documentId))
    .where(
      and(
        eq(i.batchId, batches.id),
        eq(i.duplicate, false),
        inArray(documents.status, ["queued", "processing"]),
      ),
    );
  return db
    .update(batches)
    .set({ completedAt: sql`now()` })
    .where(
      and(
        eq(batches.tenantId, tenantId),
        isNull(batches.completedAt),
        "documentId" in of ? inArray(batches.id, holding) : eq(batches.id, id),
        notExists(unsettled),
        or(
          isNull(batches.expectedTotal),
          gte(db.$count(i, eq(i.batchId, batches.id)), batches.expectedTotal),
        ),
      ),
    )
    .returning(batchColumns);
}
