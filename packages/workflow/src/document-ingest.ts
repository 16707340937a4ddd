import type { Catcher, Retrier, StateMachineDefinition, TaskState, WorkflowType } from "./asl";

/** The state machine's name, as ops see it in the console and the local runtime registers it. */
export const documentIngestName = "DocumentIngest";
/** Standard: the execution history stays visible in the console, and names are unique for 90 days. */
export const documentIngestType: WorkflowType = "STANDARD";

/** State names, shown in the console: keep them stable, ops dashboards and alarms refer to them. */
export const DocumentIngestState = {
  ExtractText: "ExtractText",
  NeedsOcr: "NeedsOcr",
  OcrText: "OcrText",
  Normalize: "Normalize",
  Persist: "Persist",
  Done: "Done",
  MarkFailed: "MarkFailed",
  Failed: "Failed",
} as const;
export type DocumentIngestStateName = (typeof DocumentIngestState)[keyof typeof DocumentIngestState];

export type DocumentIngestTask = "extractText" | "ocrText" | "normalize" | "persist" | "markFailed";
/** The Lambda ARN that serves each task state. */
export type DocumentIngestArns = Record<DocumentIngestTask, string>;

/**
 * Lambda timeout per task, in seconds. The infrastructure sets each function's timeout from
 * here; the state's own `TimeoutSeconds` adds a grace so the Lambda's error is what surfaces.
 */
export const documentIngestTaskTimeouts: Record<DocumentIngestTask, number> = {
  extractText: 300,
  ocrText: 600,
  normalize: 300,
  persist: 60,
  markFailed: 60,
};
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

/** Name of the failure the execution ends with once the document is marked failed. */
export const documentIngestFailedError = "DocumentIngestFailed";

export type DocumentKind = "job" | "resume";

/** Execution input, built by the ingest starter from the S3 event and the document row. */
export interface DocumentIngestInput {
  tenantId: string;
  documentId: string;
  kind: DocumentKind;
  bucket: string;
  key: string;
}

/** Every task returns the whole state it received plus its own keys: ids and S3 keys only. */
export interface ExtractTextOutput extends DocumentIngestInput {
  /** S3 key (same bucket) of the extracted document (text with layout, JSON). */
  textKey: string;
  chars: number;
  mime: string;
  /** True when the file has no text layer (a scan, a photo): OcrText runs next. */
  needsOcr: boolean;
}
export type OcrTextInput = ExtractTextOutput;
export type OcrTextOutput = ExtractTextOutput;
export type NormalizeInput = ExtractTextOutput;
export interface NormalizeOutput extends NormalizeInput {
  /** S3 key of the normalized card JSON. */
  cardKey: string;
}
export type PersistInput = NormalizeOutput;
export interface PersistOutput extends PersistInput {
  /** Id of the job or resume row. */
  recordId: string;
}
export type DocumentIngestOutput = PersistOutput;

/** What a Catch puts at `$.failure`: `Cause` is the Lambda's error JSON on AWS, a message locally. */
export interface TaskFailure {
  Error: string;
  Cause: string;
}

/** MarkFailed receives the input of the state that failed, plus the failure. */
export type MarkFailedInput = DocumentIngestInput &
  Partial<Omit<PersistOutput, keyof DocumentIngestInput>> & { failure: TaskFailure };
/**
 * MarkFailed may return anything small (e.g. `{ status: "failed" }`): its result lands at
 * `$.markFailed`, so `$.failure` stays in the state for the `Failed` state's cause.
 */
export type MarkFailedResult = Record<string, unknown>;

export interface DocumentIngestOptions {
  /** First retry delay; ASL wants a whole number of seconds (the local executor can shorten it). */
  retryIntervalSeconds?: number;
  /** Retries after the first attempt, per retrier. */
  maxAttempts?: number;
}

const catchAll: Catcher = {
  ErrorEquals: ["States.ALL"],
  ResultPath: "$.failure",
  Next: DocumentIngestState.MarkFailed,
};

function retrier(options: DocumentIngestOptions): Retrier {
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

interface TaskSpec {
  comment: string;
  resource: string;
  /** The Lambda's timeout; the state waits `taskTimeoutGraceSeconds` longer. */
  timeoutSeconds: number;
  next: string;
  retry: Retrier;
  catchers?: Catcher[];
}

function task(spec: TaskSpec): TaskState {
  const state: TaskState = {
    Type: "Task",
    Comment: spec.comment,
    Resource: spec.resource,
    TimeoutSeconds: spec.timeoutSeconds + taskTimeoutGraceSeconds,
    Retry: [{ ...spec.retry, ErrorEquals: [...spec.retry.ErrorEquals] }],
    Next: spec.next,
  };
  if (spec.catchers !== undefined) state.Catch = spec.catchers.map((c) => ({ ...c }));
  return state;
}

/**
 * DocumentIngest: ExtractText → Normalize → Persist → Done; any task failure (after retries)
 * → MarkFailed (the file is kept) → Failed. Tasks call the Lambda ARNs directly, so each
 * function receives the state as its event and returns the next state.
 */
export function documentIngestDefinition(
  arns: DocumentIngestArns,
  options: DocumentIngestOptions = {},
): StateMachineDefinition {
  const retry = retrier(options);
  const t = documentIngestTaskTimeouts;
  const S = DocumentIngestState;
  return {
    Comment: "Turns an uploaded job description or CV into a stored card. Ids and S3 keys only.",
    QueryLanguage: "JSONPath",
    StartAt: S.ExtractText,
    States: {
      [S.ExtractText]: task({
        comment:
          "Bytes at bucket/key → text with layout at textKey (chars, mime); needsOcr when there is no text layer.",
        resource: arns.extractText,
        timeoutSeconds: t.extractText,
        next: S.NeedsOcr,
        retry,
        catchers: [catchAll],
      }),
      [S.NeedsOcr]: {
        Type: "Choice",
        Comment: "Scans and images have no text layer: read them with OCR (or vision) first.",
        Choices: [{ Variable: "$.needsOcr", BooleanEquals: true, Next: S.OcrText }],
        Default: S.Normalize,
      },
      [S.OcrText]: task({
        comment:
          "Page images → text at textKey by OCR (tesseract offline, or OpenAI vision when configured).",
        resource: arns.ocrText,
        timeoutSeconds: t.ocrText,
        next: S.Normalize,
        retry,
        catchers: [catchAll],
      }),
      [S.Normalize]: task({
        comment: "Text → Job Card or Resume Card through the codex, stored at cardKey.",
        resource: arns.normalize,
        timeoutSeconds: t.normalize,
        next: S.Persist,
        retry,
        catchers: [catchAll],
      }),
      [S.Persist]: task({
        comment: "Card → job or resume row (recordId); the document row is marked done.",
        resource: arns.persist,
        timeoutSeconds: t.persist,
        next: S.Done,
        retry,
        catchers: [catchAll],
      }),
      [S.Done]: { Type: "Succeed", Comment: "The card is stored." },
      [S.MarkFailed]: {
        ...task({
          comment: "Marks the document failed with the reason in $.failure; the original file is kept.",
          resource: arns.markFailed,
          timeoutSeconds: t.markFailed,
          next: S.Failed,
          retry,
        }),
        ResultPath: "$.markFailed",
      },
      [S.Failed]: {
        Type: "Fail",
        Comment: "The document is marked failed; the cause is the failing step's error.",
        Error: documentIngestFailedError,
        CausePath: "$.failure.Cause",
      },
    },
  };
}
