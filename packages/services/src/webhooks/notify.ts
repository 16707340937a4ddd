import type { MatchSession } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { publishEvent } from "./publish";

/*
 * The events the workflows emit at their ends (issue 13), one function each, so that every step
 * says the same thing the same way. Data is ids, statuses, counts and failure codes: a receiver
 * fetches the resource itself (with its own token) for anything more.
 */

type NotifyDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

interface DocumentRun {
  tenantId: string;
  documentId: string;
  kind: "job" | "resume";
  /** The execution's name: each run of a document is its own occurrence. */
  run?: string | undefined;
}

export function announceDocumentParsed(deps: NotifyDeps, state: DocumentRun, recordId: string) {
  return publishEvent(deps, state.tenantId, {
    type: "document.parsed",
    subjectId: state.documentId,
    occurrence: state.run ?? state.documentId,
    data: { documentId: state.documentId, kind: state.kind, [`${state.kind}Id`]: recordId, status: "parsed" },
  });
}

export function announceDocumentFailed(
  deps: NotifyDeps,
  state: DocumentRun,
  failure: { code: string; reason: string },
) {
  return publishEvent(deps, state.tenantId, {
    type: "document.failed",
    subjectId: state.documentId,
    occurrence: state.run ?? state.documentId,
    data: { documentId: state.documentId, kind: state.kind, status: "failed", ...failure },
  });
}

/** Step 1 (synchronous, in the request) or step 2 (MatchDeepDive), once the session has ended. */
export function announceMatchSession(
  deps: NotifyDeps,
  session: Pick<MatchSession, "tenantId" | "id" | "jobId" | "status" | "total" | "done" | "failed">,
  step: "step1" | "step2",
) {
  return publishEvent(deps, session.tenantId, {
    type: step === "step1" ? "match.step1.completed" : "match.step2.completed",
    subjectId: session.id,
    occurrence: session.id,
    data: {
      sessionId: session.id,
      jobId: session.jobId,
      status: session.status,
      total: session.total,
      done: session.done,
      failed: session.failed,
    },
  });
}

interface TailoringRun {
  tenantId: string;
  tailoringId: string;
  jobId: string;
  resumeId: string;
}

export function announceTailoring(deps: NotifyDeps, state: TailoringRun, failure?: { reason: string }) {
  return publishEvent(deps, state.tenantId, {
    type: failure === undefined ? "tailoring.completed" : "tailoring.failed",
    subjectId: state.tailoringId,
    occurrence: state.tailoringId,
    data: {
      tailoringId: state.tailoringId,
      jobId: state.jobId,
      resumeId: state.resumeId,
      status: failure === undefined ? "done" : "failed",
      ...(failure ?? {}),
    },
  });
}
