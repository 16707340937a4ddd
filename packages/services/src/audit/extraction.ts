import type { DocumentIngestInput } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { type AuditScope, actorOf } from "./record";

/**
 * Who asked for a document's extraction and about what: the uploader the document row names
 * (API, text and presigned uploads record the token's `sub`), or the system for a bulk drop.
 * The record id joins the subject so that a job's or a CV's filter finds its extraction too.
 */
export async function extractionAudit(
  deps: Pick<ServiceDeps, "storage">,
  state: DocumentIngestInput,
): Promise<AuditScope> {
  const [document, record] = await Promise.all([
    deps.storage.getDocument(state.tenantId, state.documentId),
    deps.storage.getRecordByDocument(state.tenantId, state.documentId),
  ]);
  const actor = actorOf(document?.requestedBy, document?.source === "drop" ? "drop" : "system");
  const recordId = record?.id;
  return {
    tenantId: state.tenantId,
    actor,
    subject: {
      documentId: state.documentId,
      documentKind: state.kind,
      ...(state.kind === "job" ? { jobId: recordId } : { resumeId: recordId }),
    },
  };
}
