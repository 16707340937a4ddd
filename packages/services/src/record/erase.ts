import { NotFoundError } from "@futodama/core";
import type { DocumentKind } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { forgetResume } from "../match/index-cache";
import { deleteObject, deletePrefix } from "../shared/s3";

/** The stored objects under a tailoring's artefacts (tailoring/keys.ts). */
const tailoringPrefix = (tenantId: string, tailoringId: string) =>
  `derived/${tenantId}/tailorings/${tailoringId}/`;

/**
 * Erasure of a job or a CV (DELETE): first every stored object — the original file (uploads or
 * drops bucket) and every copy of its bytes dropped again, the derived text and card, the artefacts of its tailorings — then the rows: the
 * document, the record and all derived from it (live scores, match results, feedback,
 * tailorings; a job's sessions). Objects go first so that a failure half-way leaves a record a
 * second DELETE finishes, never rows-less objects the reconciler would register again.
 */
export async function eraseRecord(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  id: string,
): Promise<void> {
  const record = await deps.storage.getRecord(tenantId, kind, id);
  const document = record && (await deps.storage.getDocument(tenantId, record.documentId));
  if (record === null || document === null)
    throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  await deleteObject(deps.s3, document.bucket, document.s3Key);
  for (const copy of await deps.storage.listDocumentCopies(tenantId, document.id)) {
    await deleteObject(deps.s3, copy.bucket, copy.key);
  }
  await deletePrefix(deps.s3, deps.buckets.uploads, `derived/${tenantId}/${document.id}/`);
  for (const tailoringId of await deps.storage.listTailoringIds(tenantId, kind, id)) {
    await deletePrefix(deps.s3, deps.buckets.uploads, tailoringPrefix(tenantId, tailoringId));
  }
  if (!(await deps.storage.eraseRecord(tenantId, kind, id))) {
    throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  }
  if (kind === "resume") await forgetResume(deps.storage, tenantId, id);
}
