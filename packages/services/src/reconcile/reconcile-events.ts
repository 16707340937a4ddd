import type { OutboxPageOptions, OutboxRow } from "@futodama/storage";
import type { ReconcileEventsSummary, ReconcileInput } from "@futodama/workflow";
import { completeSettledBatches } from "../batch/complete";
import type { ServiceDeps } from "../deps";
import { enqueueDeliveries } from "../webhooks/publish";
import { eachPage } from "./pages";
import { olderThanOf } from "./reconcile-records";

export interface EventScanLimits {
  /** A delivery or batch this old that is still unsent/open was cut off by a crash. */
  stuckAfterMs: number;
  pageSize: number;
  maxPages: number;
}

export const defaultEventScanLimits: EventScanLimits = {
  stuckAfterMs: 15 * 60_000,
  pageSize: 100,
  maxPages: 10,
};

type EventDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

/**
 * Reconcile's third pass (issue 13): what happened but was never told. A webhook delivery is
 * recorded, then queued; a crash in between leaves a row no worker will ever see — it is queued
 * again (the worker skips what was delivered, so a second message is harmless). A batch is
 * completed by the step that settles its last file; a crash after that settle leaves it open for
 * ever — it is completed and announced now. A batch still parsing is left as it is.
 */
export async function reconcileEventsStep(
  deps: EventDeps,
  input: ReconcileInput,
  limits: EventScanLimits = defaultEventScanLimits,
): Promise<ReconcileEventsSummary> {
  const olderThan = olderThanOf(input, limits.stuckAfterMs);
  const summary: ReconcileEventsSummary = {
    deliveriesRequeued: 0,
    batchesExamined: 0,
    batchesCompleted: 0,
    truncated: false,
  };
  const page =
    (list: (options: OutboxPageOptions) => Promise<OutboxRow[]>) => (last: OutboxRow | undefined) =>
      list({ olderThan, limit: limits.pageSize, after: last && { at: last.createdAt, id: last.id } });
  const deliveriesDone = await eachPage(
    page(deps.storage.acrossTenants.listUnsentDeliveries),
    limits,
    async (rows) => {
      const byTenant = Map.groupBy(rows, (row) => row.tenantId);
      for (const [tenantId, deliveries] of byTenant) {
        await enqueueDeliveries(deps, tenantId, deliveries);
        summary.deliveriesRequeued += deliveries.length;
      }
    },
  );
  const batchesDone = await eachPage(
    page(deps.storage.acrossTenants.listOpenBatches),
    limits,
    async (rows) => {
      for (const batch of rows) {
        summary.batchesExamined++;
        summary.batchesCompleted += await completeSettledBatches(deps, batch.tenantId, { batchId: batch.id });
      }
    },
  );
  summary.truncated = !(deliveriesDone && batchesDone);
  return summary;
}
