import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { documentCopies } from "../document-copy.sql";
import { isAwaitingUpload } from "../records/pending-upload";
import type { DocumentRecord } from "../records/types";
import { afterAscending } from "../shared/keyset";

/**
 * What the reconciler reads and writes (issue 11). Unlike the rest of the Storage these scans
 * run ACROSS TENANTS on purpose: the reconciler is a system job that looks at every document
 * still `queued`/`processing` and at every object in the buckets. Each write is still scoped by
 * the document's own tenant. Both scans are keyset-paged and indexed (migration 0005).
 */

/** A document not yet parsed or failed, with what the reconciler needs to judge it. */
export type UnsettledDocument = Pick<
  DocumentRecord,
  "id" | "tenantId" | "kind" | "source" | "bucket" | "s3Key" | "status" | "updatedAt"
> & {
  /** The DocumentIngest execution now responsible for it; null means the one named after its id. */
  executionName: string | null;
  /** How many times the reconciler has restarted it. */
  recoveryAttempts: number;
  /** A presigned upload whose bytes never landed (no PUT yet, or the URL expired unused). */
  awaitingUpload: boolean;
};

export interface UnsettledPageOptions {
  /** Only documents last touched before this moment. */
  olderThan: Date;
  limit: number;
  /** Keyset position: the last document of the previous page. */
  after?: { updatedAt: Date; id: string } | undefined;
}

/** `queued`/`processing` documents untouched since `olderThan`, oldest first (every tenant). */
export async function listUnsettledDocuments(
  db: Db,
  options: UnsettledPageOptions,
): Promise<UnsettledDocument[]> {
  const after = options.after;
  const rows = await db
    .select({
      id: documents.id,
      tenantId: documents.tenantId,
      kind: documents.kind,
      source: documents.source,
      bucket: documents.bucket,
      s3Key: documents.s3Key,
      status: documents.status,
      updatedAt: documents.updatedAt,
      executionName: documents.executionName,
      recoveryAttempts: documents.recoveryAttempts,
      sha256: documents.sha256,
    })
    .from(documents)
    .where(
      and(
        // The same predicate as the partial index documents_unsettled_idx.
        sql`${documents.status} in ('queued', 'processing')`,
        lt(documents.updatedAt, options.olderThan),
        afterAscending(documents.updatedAt, documents.id, after && { at: after.updatedAt, id: after.id }),
      ),
    )
    .orderBy(asc(documents.updatedAt), asc(documents.id))
    .limit(Math.max(1, Math.min(1000, Math.trunc(options.limit))));
  return rows.map(({ sha256, ...row }) => ({ ...row, awaitingUpload: isAwaitingUpload({ sha256 }) }));
}

/** Which of these keys of a bucket have a document, or are a known copy of one (of any tenant). */
export async function registeredKeys(db: Db, bucket: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ s3Key: documents.s3Key })
    .from(documents)
    .where(and(eq(documents.bucket, bucket), inArray(documents.s3Key, [...keys])));
  const copies = await db
    .select({ s3Key: documentCopies.s3Key })
    .from(documentCopies)
    .where(and(eq(documentCopies.bucket, bucket), inArray(documentCopies.s3Key, [...keys])));
  return new Set([...rows, ...copies].map((r) => r.s3Key));
}

/**
 * The reconciler takes a document for one more attempt: only if it is still unsettled and
 * nobody took it since it was read (same attempt count), so two reconcilers racing restart it
 * once. Touching `updated_at` makes the next run wait a full deadline before judging it again.
 */
export async function claimRecovery(
  db: Db,
  tenantId: string,
  documentId: string,
  seenAttempts: number,
  executionName: string,
): Promise<boolean> {
  if (!isUuid(documentId)) return false;
  const claimed = await db
    .update(documents)
    .set({ executionName, recoveryAttempts: seenAttempts + 1, updatedAt: sql`now()` })
    .where(
      and(
        eq(documents.tenantId, tenantId),
        eq(documents.id, documentId),
        eq(documents.recoveryAttempts, seenAttempts),
        sql`${documents.status} in ('queued', 'processing')`,
      ),
    )
    .returning({ id: documents.id });
  return claimed.length > 0;
}

/** A new execution took over the document (a user's retry): the reconciler follows that one. */
export async function noteIngestExecution(
  db: Db,
  tenantId: string,
  documentId: string,
  executionName: string,
): Promise<void> {
  if (!isUuid(documentId)) return;
  await db
    .update(documents)
    .set({ executionName, recoveryAttempts: 0 })
    .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)));
}
