import { and, asc, isNull, lt, sql } from "drizzle-orm";
import { batches } from "../batch.sql";
import type { Db } from "../database-types";
import { afterAscending } from "../shared/keyset";
import { webhookDeliveries } from "../webhook.sql";

/**
 * What a crash between "it happened" and "it was announced" leaves behind (issue 13): a webhook
 * delivery recorded but never put on the queue, and a batch whose files all settled but that
 * nobody completed. The reconciler's events pass reads both, across tenants, oldest first; the
 * partial indexes of migration 0014 hold only these rows, so the scans stay small.
 */
export interface OutboxRow {
  id: string;
  tenantId: string;
  createdAt: Date;
}

export interface OutboxPageOptions {
  /** Only rows created before this moment (a live step may still be about to send them). */
  olderThan: Date;
  limit: number;
  after?: { at: Date; id: string } | undefined;
}

const pageSize = (limit: number) => Math.max(1, Math.min(1000, Math.trunc(limit)));

/** Deliveries still `pending` that no worker ever attempted: their queue message may be lost. */
export function listUnsentDeliveries(db: Db, options: OutboxPageOptions): Promise<OutboxRow[]> {
  const d = webhookDeliveries;
  return db
    .select({ id: d.id, tenantId: d.tenantId, createdAt: d.createdAt })
    .from(d)
    .where(
      and(
        // The same predicate as the partial index webhook_deliveries_unsent_idx.
        sql`${d.status} = 'pending' and ${d.attempts} = 0`,
        lt(d.createdAt, options.olderThan),
        afterAscending(d.createdAt, d.id, options.after),
      ),
    )
    .orderBy(asc(d.createdAt), asc(d.id))
    .limit(pageSize(options.limit));
}

/** Batches not completed yet: those whose files all settled are completed (and announced) now. */
export function listOpenBatches(db: Db, options: OutboxPageOptions): Promise<OutboxRow[]> {
  return db
    .select({ id: batches.id, tenantId: batches.tenantId, createdAt: batches.createdAt })
    .from(batches)
    .where(
      and(
        isNull(batches.completedAt),
        lt(batches.createdAt, options.olderThan),
        afterAscending(batches.createdAt, batches.id, options.after),
      ),
    )
    .orderBy(asc(batches.createdAt), asc(batches.id))
    .limit(pageSize(options.limit));
}
