import { codeOutOfMessage } from "@futodama/core";
import type { RecordFailure } from "@futodama/storage";
import type { TaskFailure } from "@futodama/workflow";

/** Codes of failures that carry none of their own (docs/api-contract.md#failure-codes). */
export const genericFailureCodes = {
  /** A step failed with an error that has no code (a crash, a runtime error). */
  stepFailed: "workflow.step_failed",
  /** A step ran past its timeout and Step Functions stopped it. */
  timeout: "workflow.timeout",
} as const;

const MAX_REASON = 500;

/**
 * What a Step Functions failure means for a person and for a program. Lambda failures carry a
 * JSON Cause ({errorType, errorMessage}); the local runner carries the plain message. Either
 * way the message starts with the step's error code (`[document.encrypted] …`, put there by
 * the task handler), which becomes the code and leaves the reason as the person reads it.
 */
export function failureOf(failure: Partial<TaskFailure> | undefined): RecordFailure {
  const cause = failure?.Cause ?? "";
  let message = cause;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown; message?: unknown };
    const candidate = parsed.errorMessage ?? parsed.message;
    if (typeof candidate === "string") message = candidate;
  } catch {
    // plain-text cause
  }
  if (failure?.Error === "States.Timeout") {
    return { code: genericFailureCodes.timeout, reason: "Processing took too long and was stopped" };
  }
  const carried = codeOutOfMessage(message.trim());
  const code = carried.code ?? genericFailureCodes.stepFailed;
  const trimmed = carried.message.trim();
  if (trimmed.length === 0)
    return { code, reason: `Processing failed (${failure?.Error ?? "unknown error"})` };
  return { code, reason: trimmed.length > MAX_REASON ? `${trimmed.slice(0, MAX_REASON - 3)}...` : trimmed };
}

/** The reason alone (a reason quoted inside another: the reconciler's). */
export function failureReason(failure: Partial<TaskFailure> | undefined): string {
  return failureOf(failure).reason;
}
