import { AppError } from "./index";

/*
 * A workflow step's error reaches Step Functions as its name and its message only (Lambda's
 * Cause is `{errorType, errorMessage, trace}`; the local runner carries the message). So the
 * stable code rides at the front of the message — `[document.encrypted] The PDF is encrypted` —
 * and is taken off again wherever a failure is read back (MarkFailed, the reconciler). The
 * execution's cause in the console shows it too, which is what an operator searches for.
 */

const codePrefix = /^\[([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\] /;

/** Puts an AppError's code at the front of its message (once); anything else is left alone. */
export function codeIntoMessage(error: unknown): void {
  if (!(error instanceof AppError) || codePrefix.test(error.message)) return;
  error.message = `[${error.code}] ${error.message}`;
}

/** The code a message carries (null when none) and the message a person reads. */
export function codeOutOfMessage(message: string): { code: string | null; message: string } {
  const match = codePrefix.exec(message);
  if (match === null) return { code: null, message };
  return { code: match[1] ?? null, message: message.slice(match[0].length) };
}
