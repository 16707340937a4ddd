import { and, asc, eq, sql } from "drizzle-orm";
import { batchItems } from "../batch.sql";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { cardTables } from "../records/rows";
import { type Batch, type BatchKind, getBatch } from "./batches";

/** Where a batch stands, counted from its items' documents now. */
export interface BatchCounts {
  total: number;
  queued: number;
  processing: number;
  parsed: number;
  failed: number;
  duplicates: number;
}

/** A file of the batch that failed: refused at upload, or parsed and failed. */
export interface BatchFailure {
  filename: string;
  documentId: string | null;
  code: string | null;
  reason: string | null;
}

export interface BatchProgress extends Batch {
  counts: BatchCounts;
  failures: BatchFailure[];
}

/** The parsed records of a batch, for its export. */
export interface BatchRecord {
  recordId: string;
  documentId: string;
  filename: string;
  title: string | null;
  language: string | null;
  card: unknown;
}

const maxFailuresListed = 100;

export async function getBatchProgress(
  db: Db,
  tenantId: string,
  batchId: string,
): Promise<BatchProgress | null> {
  const batch = await getBatch(db, tenantId, batchId);
  if (batch === null) return null;
  const i = batchItems;
  const d = documents;
  const own = and(eq(i.tenantId, tenantId), eq(i.batchId, batchId));
  const live = sql`not ${i.duplicate} and ${d.status}`;
  // A refused file (no document, a reason) counts as failed; an erased one counts nowhere but the total.
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      duplicates: sql<number>`count(*) filter (where ${i.duplicate})::int`,
      queued: sql<number>`count(*) filter (where ${live} = 'queued')::int`,
      processing: sql<number>`count(*) filter (where ${live} = 'processing')::int`,
      parsed: sql<number>`count(*) filter (where ${live} = 'parsed')::int`,
      failed: sql<number>`count(*) filter (where (${live} = 'failed') or (${i.documentId} is null and ${i.error} is not null))::int`,
    })
    .from(i)
    .leftJoin(d, eq(d.id, i.documentId))
    .where(own);
  const failures = await db
    .select({
      filename: i.filename,
      documentId: i.documentId,
      code: sql<string | null>`coalesce(${i.errorCode}, ${d.errorCode})`,
      reason: sql<string | null>`coalesce(${i.error}, ${d.error})`,
    })
    .from(i)
    .leftJoin(d, eq(d.id, i.documentId))
    .where(
      and(
        own,
        sql`((not ${i.duplicate} and ${d.status} = 'failed') or (${i.documentId} is null and ${i.error} is not null))`,
      ),
    )
    .orderBy(asc(i.seq))
    .limit(maxFailuresListed);
  return {
    ...batch,
    counts: counts ?? { total: 0, queued: 0, processing: 0, parsed: 0, failed: 0, duplicates: 0 },
    failures,
  };
}

/** Every parsed record of the batch (duplicates included: they are the batch's too), in upload order. */
export async function listBatchRecords(
  db: Db,
  tenantId: string,
  batchId: string,
  kind: BatchKind,
): Promise<BatchRecord[]> {
  if (!isUuid(batchId)) return [];
  const t = cardTables[kind];
  const i = batchItems;
  return db
    .select({
      recordId: t.id,
      documentId: t.documentId,
      filename: i.filename,
      title: t.title,
      language: t.language,
      card: t.card,
    })
    .from(i)
    .innerJoin(t, and(eq(t.documentId, i.documentId), eq(t.tenantId, tenantId)))
    .where(and(eq(i.tenantId, tenantId), eq(i.batchId, batchId), eq(t.status, "parsed")))
    .orderBy(asc(i.seq));
}
