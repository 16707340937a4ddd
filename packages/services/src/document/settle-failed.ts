import { completeSettledBatches } from "../batch/complete";
import type { ServiceDeps } from "../deps";
import { recordMetric } from "../ops/metrics";
import { announceDocumentFailed } from "../webhooks/notify";

type SettleDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

interface FailedDocument {
  tenantId: string;
  documentId: string;
  kind: "job" | "resume";
  /** The execution's name, when a workflow run is the one that failed. */
  run?: string | undefined;
}

/**
 * A document ends `failed`: the record says why, the metric counts it, the tenant's webhooks
 * hear `document.failed`, and a batch it completes is completed and announced. The same for the
 * workflow's MarkFailed and for the reconciler, so a failure found late says what one found on
 * time says.
 */
export async function settleFailed(
  deps: SettleDeps,
  document: FailedDocument,
  failure: { code: string; reason: string },
): Promise<void> {
  await deps.storage.markFailed(document.tenantId, document.documentId, failure);
  recordMetric("documents_failed", { kind: document.kind, code: failure.code });
  await announceDocumentFailed(deps, document, failure);
  await completeSettledBatches(deps, document.tenantId, { documentId: document.documentId });
}
