import { codeIntoMessage } from "@futodama/core";
import type { ServiceDeps } from "@futodama/services/deps";
import { logger } from "../logger";

interface StepState {
  /** Absent only for a Rematch of every tenant. */
  tenantId?: string;
  /** DocumentIngest steps carry the document; Rematch steps a job (or nothing, for every tenant). */
  documentId?: string;
  jobId?: string;
  /** MatchDeepDive steps: the session and, per Map iteration, the candidate. */
  sessionId?: string;
  resumeId?: string;
  /** Tailor steps: the tailoring (with its jobId and resumeId). */
  tailoringId?: string;
}

/** The state of a step that covers every tenant (Reconcile): it carries no tenant of its own. */
export interface AcrossTenants {
  tenantId?: undefined;
}

/**
 * A workflow step as a Lambda: state in, state out. Errors propagate with their name
 * (TransientError, InputError…) so the state machine's Retry and Catch can tell them apart,
 * and with their code at the front of the message, the only other thing that reaches the Catch.
 */
export function taskHandler<I extends StepState, O>(
  step: string,
  run: (deps: ServiceDeps, state: I) => Promise<O>,
  /** Its dependencies: `dependencies(...)` of exactly the capabilities the step uses. */
  deps: () => Promise<ServiceDeps>,
) {
  return async (state: I): Promise<O> => {
    const started = performance.now();
    const fields = {
      step,
      tenantId: state.tenantId,
      documentId: state.documentId,
      jobId: state.jobId,
      sessionId: state.sessionId,
      resumeId: state.resumeId,
      tailoringId: state.tailoringId,
    };
    try {
      const out = await run(await deps(), state);
      logger.info("step done", { ...fields, durationMs: Math.round(performance.now() - started) });
      return out;
    } catch (error) {
      const e = error as { name?: string; code?: string; message?: string };
      logger.warn("step failed", {
        ...fields,
        durationMs: Math.round(performance.now() - started),
        errorName: e.name,
        code: e.code,
        reason: e.message,
      });
      codeIntoMessage(error);
      throw error;
    }
  };
}
