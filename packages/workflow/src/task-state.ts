import type { Catcher, Retrier, TaskState } from "./asl";

/** A task state's `TimeoutSeconds` is its Lambda's timeout plus this, so the Lambda's error surfaces. */
export const taskTimeoutGraceSeconds = 30;

/** Errors worth another attempt: our handlers' `TransientError` and Lambda's own hiccups. */
export const retryableErrors = [
  "TransientError",
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.TooManyRequestsException",
  "States.Timeout",
];

export interface RetryOptions {
  /** First retry delay; ASL wants a whole number of seconds (the local executor can shorten it). */
  retryIntervalSeconds?: number;
  /** Retries after the first attempt, per retrier. */
  maxAttempts?: number;
}

export function retrier(options: RetryOptions): Retrier {
  const intervalSeconds = options.retryIntervalSeconds ?? 1;
  const maxAttempts = options.maxAttempts ?? 3;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new RangeError(`retryIntervalSeconds must be a whole number ≥ 1, got ${intervalSeconds}`);
  }
  if (!Number.isInteger(maxAttempts) || maxAttempts < 0) {
    throw new RangeError(`maxAttempts must be a whole number ≥ 0, got ${maxAttempts}`);
  }
  return {
    ErrorEquals: [...retryableErrors],
    IntervalSeconds: intervalSeconds,
    BackoffRate: 2,
    MaxAttempts: maxAttempts,
  };
}

export interface TaskSpec {
  comment: string;
  resource: string;
  /** The Lambda's timeout; the state waits `taskTimeoutGraceSeconds` longer. */
  timeoutSeconds: number;
  /** The next state; none ends the (inner) machine. */
  next?: string;
  retry: Retrier;
  catchers?: Catcher[];
  resultPath?: string;
}

/** A Lambda task state: direct ARN, timeout with grace, one retrier, optional catchers. */
export function task(spec: TaskSpec): TaskState {
  const state: TaskState = {
    Type: "Task",
    Comment: spec.comment,
    Resource: spec.resource,
    TimeoutSeconds: spec.timeoutSeconds + taskTimeoutGraceSeconds,
    Retry: [{ ...spec.retry, ErrorEquals: [...spec.retry.ErrorEquals] }],
    ...(spec.next === undefined ? { End: true as const } : { Next: spec.next }),
  };
  if (spec.resultPath !== undefined) state.ResultPath = spec.resultPath;
  if (spec.catchers !== undefined) state.Catch = spec.catchers.map((c) => ({ ...c }));
  return state;
}
