import { ConflictError, isAppError, NotFoundError } from "@futodama/core";
import type { CardRecord, DocumentKind } from "@futodama/storage";
import type { DocumentIngestInput } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { headObject } from "../shared/s3";
import { startDocumentIngest } from "./start-ingest";

/**
 * Issue 11: a failed document can be run again. Its stored file goes through DocumentIngest
 * once more, under an execution name made of the document id and the moment it failed: a
 * retry sent twice (a client retrying its POST) starts one execution, and the next failure
 * gets a name of its own.
 */
export async function retryDocument(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  recordId: string,
): Promise<CardRecord> {
  const record = await deps.storage.getRecord(tenantId, kind, recordId);
  if (record === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${recordId}`);
  return restartFailed(deps, tenantId, record);
}

function notFailed(record: CardRecord): ConflictError {
  return new ConflictError(`${record.kind}.not_failed`, `Only a failed ${record.kind} can be retried`, {
    details: { status: record.status },
  });
}

/** Starts a failed record again from its stored file (which must still be there). */
export async function restartFailed(
  deps: ServiceDeps,
  tenantId: string,
  record: CardRecord,
): Promise<CardRecord> {
  if (record.status !== "failed") throw notFailed(record);
  const document = await deps.storage.getDocument(tenantId, record.documentId);
  if (document === null)
    throw new NotFoundError(`${record.kind}.not_found`, `No ${record.kind} with id ${record.id}`);
  try {
    await headObject(deps.s3, document.bucket, document.s3Key);
  } catch (error) {
    if (isAppError(error) && error.code === "document.file_missing") {
      throw new ConflictError("document.file_missing", "The stored file is gone; upload the file again", {
        cause: error,
      });
    }
    throw error;
  }
  const requeued = await deps.storage.requeueFailed(tenantId, record.documentId);
  if (requeued === null) throw notFailed({ ...record, status: "queued" });
  const input: DocumentIngestInput = {
    tenantId,
    documentId: document.id,
    kind: record.kind,
    bucket: document.bucket,
    key: document.s3Key,
  };
  const name = `${document.id}-retry-${record.updatedAt.getTime()}`;
  // The reconciler follows this execution from now on (and forgets its earlier attempts).
  await deps.storage.noteIngestExecution(tenantId, document.id, name);
  try {
    await startDocumentIngest(deps, input, name);
  } catch (error) {
    await deps.storage.markFailed(tenantId, document.id, {
      code: isAppError(error) ? error.code : "workflow.start_failed",
      reason: "The retry could not be started; try again",
    });
    throw error;
  }
  return requeued;
}
