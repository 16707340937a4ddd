import type { DocumentKind } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { completeSettledBatches } from "./complete";
import { dropBatchMetadata } from "./drop-metadata";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface DroppedFile {
  tenantId: string;
  kind: DocumentKind;
  documentId: string;
  key: string;
  metadata: Record<string, string>;
  /** The same bytes were there already: not parsed again. */
  duplicate: boolean;
}

/**
 * A bulk drop is a batch (issue 13): the CLI names it (a UUID it prints) and says how many files
 * it holds in each object's metadata; the starter adds each file as it arrives (once per key,
 * whatever SQS redelivers). A duplicate settles now, so the batch may be complete at once.
 */
export async function recordDroppedFile(deps: ServiceDeps, file: DroppedFile): Promise<void> {
  const batchId = file.metadata[dropBatchMetadata.id];
  if (batchId === undefined || !uuidPattern.test(batchId)) return;
  const size = Number(file.metadata[dropBatchMetadata.size]);
  const batch = await deps.storage.createBatch(file.tenantId, {
    id: batchId,
    kind: file.kind,
    source: "drop",
    expectedTotal: Number.isInteger(size) && size > 0 ? size : undefined,
  });
  // Another tenant's batch id: the file is ingested all the same, outside any batch.
  if (batch === null) return;
  const filename = file.key.split("/").slice(2).join("/") || file.key;
  await deps.storage.addBatchItems(file.tenantId, batchId, [
    { filename, documentId: file.documentId, duplicate: file.duplicate, sourceKey: file.key },
  ]);
  await completeSettledBatches(deps, file.tenantId, { batchId });
}
