import type { ServiceDeps } from "@futodama/services";
import { deps } from "../deps";
import { logger } from "../logger";

interface StepState {
  tenantId: string;
  documentId: string;
}

/**
 * A workflow step as a Lambda: state in, state out. Errors propagate with their name
 * (TransientError, InputError…) so the state machine's Retry and Catch can tell them apart.
 */
export function taskHandler<I extends StepState, O>(
  step: string,
  run: (deps: ServiceDeps, state: I) => Promise<O>,
) {
  return async (state: I): Promise<O> => {
    const started = performance.now();
    const fields = { step, tenantId: state.tenantId, documentId: state.documentId };
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
      throw error;
    }
  };
}
