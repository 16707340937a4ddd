import type { JsonValue } from "./asl";

/** One entry of an execution's history, flattened from the local runner's event log. */
export interface HistoryEvent {
  executionArn: string;
  /** 1-based position in the execution's history. */
  id: number;
  type: string;
  timestamp: Date;
  stateName?: string;
  stateType?: string;
  input?: JsonValue;
  output?: JsonValue;
  error?: string;
  cause?: string;
  /** On `StateRetried`: how many retries this retrier had already used. */
  retryAttempt?: number;
  /** On Map iteration events and the states inside them. */
  index?: number;
}

/** The runner's event, seen only through the fields we read (its types are not exported). */
export interface RunnerEvent {
  type: string;
  timestamp: number;
  input?: JsonValue;
  output?: JsonValue;
  Error?: string;
  Cause?: unknown;
  state?: { name: string; type: string; input: JsonValue; output?: JsonValue };
  retry?: { attempt: number };
  index?: number;
}

export function toHistoryEvent(executionArn: string, id: number, event: RunnerEvent): HistoryEvent {
  const entry: HistoryEvent = { executionArn, id, type: event.type, timestamp: new Date(event.timestamp) };
  if (event.state !== undefined) {
    entry.stateName = event.state.name;
    entry.stateType = event.state.type;
    entry.input = event.state.input;
    if (event.state.output !== undefined) entry.output = event.state.output;
  }
  if (event.input !== undefined) entry.input = event.input;
  if (event.output !== undefined) entry.output = event.output;
  if (event.Error !== undefined) entry.error = event.Error;
  if (event.Cause !== undefined) entry.cause = causeText(event.Cause);
  if (event.retry !== undefined) entry.retryAttempt = event.retry.attempt;
  if (event.index !== undefined) entry.index = event.index;
  return entry;
}

export function causeText(cause: unknown): string {
  if (typeof cause === "string") return cause;
  if (cause instanceof Error) return cause.message;
  try {
    return JSON.stringify(cause) ?? String(cause);
  } catch {
    return String(cause);
  }
}
