import type { TaskFailure } from "./document-ingest";

export interface FailureReason {
  /** The error name (`errorType` on AWS): e.g. `TransientError`, `States.Timeout`. */
  error: string;
  /** A message a person can act on. */
  message: string;
}

/**
 * Reads a caught failure the same way on AWS and locally. On AWS a Lambda error's `Cause` is
 * the JSON `{"errorType","errorMessage","trace"}`; the local runner puts the plain message.
 */
export function readTaskFailure(failure: TaskFailure): FailureReason {
  const parsed = parseLambdaCause(failure.Cause);
  return { error: failure.Error, message: parsed ?? failure.Cause };
}

function parseLambdaCause(cause: string): string | undefined {
  if (!cause.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(cause);
    if (typeof value === "object" && value !== null && "errorMessage" in value) {
      const message = value.errorMessage;
      return typeof message === "string" ? message : undefined;
    }
  } catch {
    // Not JSON after all: the cause is the message.
  }
  return undefined;
}
