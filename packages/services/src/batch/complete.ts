import type { ServiceDeps } from "../deps";
import { publishEvent } from "../webhooks/publish";

type CompleteDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

/**
 * Completes the batches that have nothing left to parse — those holding a document that just
 * settled (Persist, MarkFailed), or a batch whose files all settled while it was being made — and
 * announces each `batch.completed` once (storage completes each batch for exactly one caller).
 */
export async function completeSettledBatches(
  deps: CompleteDeps,
  tenantId: string,
  of: { documentId: string } | { batchId: string },
): Promise<number> {
  const completed = await deps.storage.completeSettledBatches(tenantId, of);
  for (const batch of completed) {
    const progress = await deps.storage.getBatchProgress(tenantId, batch.id);
    const counts = progress?.counts;
    await publishEvent(deps, tenantId, {
      type: "batch.completed",
      subjectId: batch.id,
      occurrence: batch.id,
      data: {
        batchId: batch.id,
        kind: batch.kind,
        source: batch.source,
        total: counts?.total ?? 0,
        parsed: counts?.parsed ?? 0,
        failed: counts?.failed ?? 0,
        duplicates: counts?.duplicates ?? 0,
      },
    });
  }
  return completed.length;
}
