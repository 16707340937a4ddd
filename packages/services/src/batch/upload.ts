import { AppError, InputError, NotFoundError } from "@futodama/core";
import type { DocumentKind, NewBatchItem } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { createFromUpload } from "../document/create-from-upload";
import { completeSettledBatches } from "./complete";
import { type BatchView, toBatchView } from "./view";

export interface BatchFile {
  filename: string;
  bytes: Uint8Array;
}

/** A file the upload refuses on its own account (unreadable, empty, too large): the batch reports it. */
const refusalKinds = new Set(["input", "too_large", "unsupported"]);

/**
 * `POST /api/{resumes,jobs}/batch`: each file goes through the same upload as one sent alone
 * (stored, registered, parsed by DocumentIngest; the same bytes again are a duplicate), and the
 * batch records what became of each. A file refused on its own account is a failed item with its
 * reason; anything else (the store is down) fails the request, as a single upload would.
 */
export async function createBatchFromUpload(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  files: BatchFile[],
  /** Who sends them (the token's `sub`), for the audit of their AI extraction. */
  requestedBy?: string,
): Promise<BatchView> {
  if (files.length === 0) {
    throw new InputError("upload.missing_file", "Send the documents in the multipart field `files`");
  }
  const items: NewBatchItem[] = [];
  const refusals: AppError[] = [];
  for (const file of files) {
    try {
      const { record, created } = await createFromUpload(deps, {
        tenantId,
        kind,
        filename: file.filename,
        bytes: file.bytes,
        source: "api",
        requestedBy,
      });
      items.push({ filename: file.filename, documentId: record.documentId, duplicate: !created });
    } catch (error) {
      if (!(error instanceof AppError) || !refusalKinds.has(error.kind)) throw error;
      refusals.push(error);
      items.push({ filename: file.filename, error: error.message, errorCode: error.code });
    }
  }
  // Not one file could be taken: refused as a single upload would be, and nothing is stored.
  const [firstRefusal] = refusals;
  if (firstRefusal !== undefined && refusals.length === files.length) throw firstRefusal;
  const batch = await deps.storage.createBatch(tenantId, { kind, source: "api" });
  if (batch === null) throw new Error("a new batch was not created");
  await deps.storage.addBatchItems(tenantId, batch.id, items);
  // Files that settled before their items existed (duplicates, refusals, fast parses) count now.
  await completeSettledBatches(deps, tenantId, { batchId: batch.id });
  return getBatchView(deps, tenantId, batch.id);
}

export async function getBatchView(deps: Pick<ServiceDeps, "storage">, tenantId: string, batchId: string) {
  const progress = await deps.storage.getBatchProgress(tenantId, batchId);
  if (progress === null) {
    throw new NotFoundError("batch.not_found", "No such batch for this tenant", { details: { batchId } });
  }
  return toBatchView(progress);
}
