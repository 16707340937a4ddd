import { isAppError, NotFoundError } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { deletePrefix } from "../shared/s3";

/*
 * A DELETE may erase a document while its ingest still runs. Erasure removes the objects it
 * finds, then the rows; an ingest step writing after that would leave an artefact of a person
 * who asked to be forgotten. So ExtractText and Normalize check, after writing under derived/,
 * that the document still exists and, if not, remove what the ingest wrote and stop (OcrText
 * has no database: Normalize, which always follows it, covers its write); Persist, the last
 * step, does the same when the record it would mark parsed is gone.
 */

const derivedPrefix = (tenantId: string, documentId: string) => `derived/${tenantId}/${documentId}/`;

export const erasedCode = "document.erased";

function erasedError(documentId: string): NotFoundError {
  return new NotFoundError(
    erasedCode,
    "The document was deleted while it was being processed; what it wrote was removed",
    {
      details: { documentId },
    },
  );
}

async function forgetWrites(deps: ServiceDeps, tenantId: string, documentId: string): Promise<never> {
  await deletePrefix(deps.s3, deps.buckets.uploads, derivedPrefix(tenantId, documentId));
  throw erasedError(documentId);
}

/** After a write under derived/: the document still exists, or what was written goes. */
export async function assertNotErased(
  deps: ServiceDeps,
  ids: { tenantId: string; documentId: string },
): Promise<void> {
  if ((await deps.storage.getDocument(ids.tenantId, ids.documentId)) === null) {
    await forgetWrites(deps, ids.tenantId, ids.documentId);
  }
}

/** Runs the final write of the ingest; a record erased meanwhile takes the artefacts with it. */
export async function unlessErased<T>(
  deps: ServiceDeps,
  ids: { tenantId: string; documentId: string },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isAppError(error) && error.code === "document.not_found")
      return forgetWrites(deps, ids.tenantId, ids.documentId);
    throw error;
  }
}
