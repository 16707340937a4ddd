import type { Catcher, Retrier, StateMachineDefinition, TaskState, WorkflowType } from "./asl";
import { retryableErrors, taskTimeoutGraceSeconds } from "./task-state";

/** Step 2: the AI deep dive on the candidates a recruiter selected (DESIGN.md §2). */
export const matchDeepDiveName = "MatchDeepDive";
export const matchDeepDiveType: WorkflowType = "STANDARD";

/** State names, shown in the console: keep them stable. */
export const MatchDeepDiveState = {
  AnalyzeCandidates: "AnalyzeCandidates",
  AnalyzeCandidate: "AnalyzeCandidate",
  RecordCandidateFailed: "RecordCandidateFailed",
  FinishDeepDive: "FinishDeepDive",
  Done: "Done",
  MarkDeepDiveFailed: "MarkDeepDiveFailed",
  Failed: "Failed",
} as const;

export type MatchDeepDiveTask = "analyzeCandidate" | "markCandidateFailed" | "finishDeepDive";
export type MatchDeepDiveArns = Record<MatchDeepDiveTask, string>;

/** Lambda timeout per task, in seconds (an LLM call with a long CV can take a minute). */
export const matchDeepDiveTaskTimeouts: Record<MatchDeepDiveTask, number> = {
  analyzeCandidate: 120,
  markCandidateFailed: 30,
  finishDeepDive: 30,
};

/** Default Map MaxConcurrency: parallel LLM calls per session, kept under typical rate limits. */
export const defaultDeepDiveConcurrency = 10;

export const matchDeepDiveFailedError = "MatchDeepDiveFailed";

/** Execution input (started by runMatchStep2, execution name = session id): ids only. */
export interface MatchDeepDiveInput {
  tenantId: string;
  sessionId: string;
  jobId: string;
  resumeIds: string[];
  /**
   * Who asked (the token's `sub`), for the audit of each analysis; null for the system. Always
   * present: the ItemSelector reads it, and a JSONPath to a missing key fails the execution.
   */
  requestedBy: string | null;
}

/** One Map iteration's input, built by the ItemSelector. */
export interface AnalyzeCandidateInput {
  tenantId: string;
  sessionId: string;
  jobId: string;
  resumeId: string;
  requestedBy: string | null;
}

export interface AnalyzeCandidateOutput {
  resumeId: string;
  status: "done";
  score: number;
  verdict: string;
}

/** What a Catch puts at `$.failure`. */
export interface DeepDiveFailure {
  Error: string;
  Cause: string;
}

export interface MarkCandidateFailedInput extends AnalyzeCandidateInput {
  failure: DeepDiveFailure;
}

export interface MarkCandidateFailedOutput {
  resumeId: string;
  status: "failed";
  reason: string;
}

/** FinishDeepDive closes the session: done, or failed when `failure` is set (MarkDeepDiveFailed). */
export interface FinishDeepDiveInput extends MatchDeepDiveInput {
  failure?: DeepDiveFailure;
}

export interface FinishDeepDiveOutput {
  sessionId: string;
  status: "done" | "failed";
  total: number;
  done: number;
  failed: number;
}

export interface MatchDeepDiveOptions {
  /** Candidates analysed at the same time (Map MaxConcurrency); default 10. */
  maxConcurrency?: number;
  /** First retry delay of AnalyzeCandidate in whole seconds (default 2; doubles each time, full jitter). */
  retryIntervalSeconds?: number;
  /** Retries of AnalyzeCandidate after the first attempt (default 5). */
  maxAttempts?: number;
}

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
  }
  return value;
}

/** Rate limits and timeouts: back off (doubling, full jitter so ten parallel calls do not retry in step). */
function analyzeRetrier(options: MatchDeepDiveOptions): Retrier {
  return {
    ErrorEquals: [...retryableErrors],
    IntervalSeconds: wholeNumber("retryIntervalSeconds", options.retryIntervalSeconds ?? 2, 1),
    BackoffRate: 2,
    MaxAttempts: wholeNumber("maxAttempts", options.maxAttempts ?? 5, 0),
    MaxDelaySeconds: 60,
    JitterStrategy: "FULL",
  };
}

/** Bookkeeping tasks (database writes) retry briefly on the same errors. */
const bookkeepingRetrier: Retrier = {
  ErrorEquals: [...retryableErrors],
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 3,
};

function lambdaTask(
  resource: string,
  task: MatchDeepDiveTask,
  comment: string,
  retry: Retrier,
  next: { Next: string } | { End: true },
  extra: Partial<Pick<TaskState, "ResultPath" | "ResultSelector" | "Catch">> = {},
): TaskState {
  return {
    Type: "Task",
    Comment: comment,
    Resource: resource,
    TimeoutSeconds: matchDeepDiveTaskTimeouts[task] + taskTimeoutGraceSeconds,
    Retry: [{ ...retry, ErrorEquals: [...retry.ErrorEquals] }],
    ...extra,
    ...next,
  } as TaskState;
}

/**
 * MatchDeepDive: AnalyzeCandidates (Map over `$.resumeIds`, MaxConcurrency) → AnalyzeCandidate
 * per candidate with Retry/backoff; a candidate that still fails is recorded as failed inside
 * its iteration (RecordCandidateFailed), so it never stops the others → FinishDeepDive (the
 * session is done, with its counts) → Done. Anything else → MarkDeepDiveFailed → Failed.
 * The Map's results are dropped (ResultPath null): the analyses live in the database, and the
 * state stays ids only whatever the number of candidates.
 */
export function matchDeepDiveDefinition(
  arns: MatchDeepDiveArns,
  options: MatchDeepDiveOptions = {},
): StateMachineDefinition {
  const S = MatchDeepDiveState;
  const maxConcurrency = wholeNumber(
    "maxConcurrency",
    options.maxConcurrency ?? defaultDeepDiveConcurrency,
    1,
  );
  const catchAll: Catcher = {
    ErrorEquals: ["States.ALL"],
    ResultPath: "$.failure",
    Next: S.MarkDeepDiveFailed,
  };
  return {
    Comment: "Step 2: an AI analysis of each selected candidate of a match session. Ids only between states.",
    QueryLanguage: "JSONPath",
    StartAt: S.AnalyzeCandidates,
    States: {
      [S.AnalyzeCandidates]: {
        Type: "Map",
        Comment:
          "One analysis per candidate, at most MaxConcurrency at a time; a failed candidate does not stop the others.",
        ItemsPath: "$.resumeIds",
        ItemSelector: {
          "tenantId.$": "$.tenantId",
          "sessionId.$": "$.sessionId",
          "jobId.$": "$.jobId",
          "resumeId.$": "$$.Map.Item.Value",
          "requestedBy.$": "$.requestedBy",
        },
        MaxConcurrency: maxConcurrency,
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: S.AnalyzeCandidate,
          States: {
            [S.AnalyzeCandidate]: lambdaTask(
              arns.analyzeCandidate,
              "analyzeCandidate",
              "Job + CV + step-1 evidence → match-analysis-v1 (LLM, or rules without a key), stored on the session's result.",
              analyzeRetrier(options),
              { End: true },
              {
                Catch: [
                  { ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: S.RecordCandidateFailed },
                ],
              },
            ),
            [S.RecordCandidateFailed]: lambdaTask(
              arns.markCandidateFailed,
              "markCandidateFailed",
              "Counts the candidate as failed on the session, with the reason in $.failure.",
              bookkeepingRetrier,
              { End: true },
            ),
          },
        },
        ResultPath: null,
        Catch: [catchAll],
        Next: S.FinishDeepDive,
      },
      [S.FinishDeepDive]: lambdaTask(
        arns.finishDeepDive,
        "finishDeepDive",
        "Marks the session done; returns its counts (total, done, failed).",
        bookkeepingRetrier,
        { Next: S.Done },
        { Catch: [catchAll] },
      ),
      [S.Done]: { Type: "Succeed", Comment: "Every candidate is analysed or counted as failed." },
      [S.MarkDeepDiveFailed]: lambdaTask(
        arns.finishDeepDive,
        "finishDeepDive",
        "Marks the session failed with the reason in $.failure.",
        bookkeepingRetrier,
        { Next: S.Failed },
        { ResultPath: "$.finish" },
      ),
      [S.Failed]: {
        Type: "Fail",
        Comment: "The session is marked failed; the cause is the failing state's error.",
        Error: matchDeepDiveFailedError,
        CausePath: "$.failure.Cause",
      },
    },
  };
}
