import type { AuditEvent, AuditKind } from "@futodama/storage";
import type { ServiceDeps } from "../deps";

export { type AuditActor, type AuditScope, type AuditSubject, actorOf, auditedModelCalls } from "./record";

export interface AuditEventQuery {
  documentId?: string | undefined;
  jobId?: string | undefined;
  resumeId?: string | undefined;
  kind?: AuditKind | undefined;
  /** ISO 8601: events at or after. */
  from?: string | undefined;
  /** ISO 8601: events before. */
  to?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** An audit row as the API shows it: ids, numbers, codes and hashes — no text. */
export interface AuditEventView {
  id: string;
  kind: AuditKind;
  provider: string;
  model: string;
  promptVersion: string | null;
  inputHash: string;
  usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
  outcome: "ok" | "failed";
  errorCode: string | null;
  verdict: AuditEvent["verdict"];
  durationMs: number;
  retries: number;
  cached: boolean;
  actor: { type: "user" | "system"; id: string };
  subject: {
    documentId: string | null;
    documentKind: "job" | "resume" | null;
    jobId: string | null;
    resumeId: string | null;
    sessionId: string | null;
    tailoringId: string | null;
  };
  createdAt: string;
}

function toView(e: AuditEvent): AuditEventView {
  const usage =
    e.promptTokens !== null && e.completionTokens !== null && e.totalTokens !== null
      ? { promptTokens: e.promptTokens, completionTokens: e.completionTokens, totalTokens: e.totalTokens }
      : null;
  return {
    id: e.id,
    kind: e.kind,
    provider: e.provider,
    model: e.model,
    promptVersion: e.promptVersion,
    inputHash: e.inputHash,
    usage,
    outcome: e.outcome,
    errorCode: e.errorCode,
    verdict: e.verdict,
    durationMs: e.durationMs,
    retries: e.retries,
    cached: e.cached,
    actor: { type: e.actorType, id: e.actorId },
    subject: {
      documentId: e.documentId,
      documentKind: e.documentKind,
      jobId: e.jobId,
      resumeId: e.resumeId,
      sessionId: e.sessionId,
      tailoringId: e.tailoringId,
    },
    createdAt: e.createdAt.toISOString(),
  };
}

const dateOf = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/** The tenant's audit trail of AI outputs, newest first, filtered and keyset-paged, with a total. */
export async function listAuditEvents(
  deps: Pick<ServiceDeps, "storage">,
  tenantId: string,
  query: AuditEventQuery = {},
): Promise<{ items: AuditEventView[]; nextCursor: string | null; total: number }> {
  const page = await deps.storage.listAuditEvents(tenantId, {
    ...query,
    from: dateOf(query.from),
    to: dateOf(query.to),
  });
  return { items: page.items.map(toView), nextCursor: page.nextCursor, total: page.total };
}
