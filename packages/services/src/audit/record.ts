import type { ModelCall, ModelCallListener } from "@futodama/ai";
import type { NewAuditEvent } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { recordMetric } from "../ops/metrics";

/**
 * Issue 13: who asked for an AI output. A person is the token's `sub`; work nobody asked for
 * in a request (a bulk drop into the drops bucket) is the system, named by what started it.
 */
export type AuditActor = { type: "user"; id: string } | { type: "system"; id: "drop" | "system" };

export const actorOf = (requestedBy: string | null | undefined, system: "drop" | "system" = "system") =>
  (requestedBy ? { type: "user", id: requestedBy } : { type: "system", id: system }) satisfies AuditActor;

export interface AuditScope {
  tenantId: string;
  actor: AuditActor;
  subject: AuditSubject;
}

/** What an AI output is about: ids only. */
export interface AuditSubject {
  documentId?: string | undefined;
  documentKind?: "job" | "resume" | undefined;
  jobId?: string | undefined;
  resumeId?: string | undefined;
  sessionId?: string | undefined;
  tailoringId?: string | undefined;
}

/** The model-call counters (low-cardinality labels: kind, model, outcome, code — never an id). */
export function countModelCall(call: ModelCall): void {
  if (call.cached) return; // no request was sent
  const labels = { kind: call.kind, model: call.model };
  recordMetric("model_calls", { ...labels, outcome: call.outcome });
  if (call.retries > 0) recordMetric("model_call_retries", labels, call.retries);
  if (call.outcome === "failed")
    recordMetric("model_call_failures", { ...labels, code: call.errorCode ?? "" });
  if (call.usage !== null) {
    recordMetric("model_tokens", { ...labels, type: "prompt" }, call.usage.promptTokens);
    recordMetric("model_tokens", { ...labels, type: "completion" }, call.usage.completionTokens);
  }
}

function auditRow(call: ModelCall, actor: AuditActor, subject: AuditSubject): NewAuditEvent {
  return {
    kind: call.kind,
    provider: call.provider,
    model: call.model,
    promptVersion: call.promptVersion,
    inputHash: call.inputHash,
    promptTokens: call.usage?.promptTokens ?? null,
    completionTokens: call.usage?.completionTokens ?? null,
    totalTokens: call.usage?.totalTokens ?? null,
    outcome: call.outcome,
    errorCode: call.errorCode,
    verdict: call.verdict,
    durationMs: call.durationMs,
    retries: call.retries,
    cached: call.cached,
    actorType: actor.type,
    actorId: actor.id,
    documentId: subject.documentId ?? null,
    documentKind: subject.documentKind ?? null,
    jobId: subject.jobId ?? null,
    resumeId: subject.resumeId ?? null,
    sessionId: subject.sessionId ?? null,
    tailoringId: subject.tailoringId ?? null,
  };
}

/**
 * Runs one piece of AI work and audits every model call it made: a row each (ids, numbers,
 * hashes — never text) and the model-call metrics. The rows are written whether the work
 * succeeds or fails; a failed write fails successful work (so the step is retried and no AI
 * output goes unaudited) but never hides the work's own error. The rules provider makes no
 * model call, so offline work writes nothing.
 */
export async function auditedModelCalls<T>(
  deps: Pick<ServiceDeps, "storage">,
  scope: AuditScope | (() => Promise<AuditScope>),
  work: (onCall: ModelCallListener) => Promise<T>,
): Promise<T> {
  const calls: ModelCall[] = [];
  const onCall: ModelCallListener = (call) => {
    calls.push(call);
    countModelCall(call);
  };
  // A scope that costs queries is only looked up when there is something to audit.
  const write = async () => {
    if (calls.length === 0) return;
    const { tenantId, actor, subject } = typeof scope === "function" ? await scope() : scope;
    await deps.storage.recordAuditEvents(
      tenantId,
      calls.map((call) => auditRow(call, actor, subject)),
    );
  };
  let result: T;
  try {
    result = await work(onCall);
  } catch (error) {
    await write().catch(() => undefined);
    throw error;
  }
  await write();
  return result;
}
