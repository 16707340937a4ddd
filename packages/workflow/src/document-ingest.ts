import type { Catcher, StateMachineDefinition, WorkflowType } from "./asl";
import { documentIngestFailedError } from "./document-ingest-types";
import { type RetryOptions, retrier, task } from "./task-state";

export * from "./document-ingest-types";

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
  Match: "Match",
  MatchFailed: "MatchFailed",
  Done: "Done",
  MarkFailed: "MarkFailed",
  Failed: "Failed",
} as const;
export type DocumentIngestStateName = (typeof DocumentIngestState)[keyof typeof DocumentIngestState];

export type DocumentIngestTask = "extractText" | "ocrText" | "normalize" | "persist" | "match" | "markFailed";
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
  match: 120,
  markFailed: 60,
};

export interface DocumentIngestOptions extends RetryOptions {}

const catchAll: Catcher = {
  ErrorEquals: ["States.ALL"],
  ResultPath: "$.failure",
  Next: DocumentIngestState.MarkFailed,
};

/**
 * DocumentIngest: ExtractText → Normalize → Persist → Match → Done; a failure before the card
 * is stored (after retries) → MarkFailed (the file is kept) → Failed. Match runs after the card
 * is stored, so its failure only skips the live rankings: MatchFailed notes it and the
 * execution still succeeds. Tasks call the Lambda ARNs directly, so each
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
        next: S.Match,
        retry,
        catchers: [catchAll],
      }),
      [S.Match]: task({
        comment:
          "A resume: scored against every open job, in each job's live ranking. A job: step 1 over every candidate.",
        resource: arns.match,
        timeoutSeconds: t.match,
        next: S.Done,
        retry,
        resultPath: "$.match",
        catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.matchFailure", Next: S.MatchFailed }],
      }),
      [S.MatchFailed]: {
        Type: "Pass",
        Comment:
          "The card is stored but the live rankings were not updated ($.matchFailure says why); the next Rematch ranks it.",
        Next: S.Done,
      },
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
