/** DocumentIngest's state between tasks: ids and S3 keys only (the 256 KiB state limit). */

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
  /**
   * The execution's name (set by startDocumentIngest): tells one run of a document from another
   * (a retry, a recovery), which is what makes each run's webhook event its own.
   */
  run?: string;
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
/** What the Match task returns (at `$.match`): a summary, never the rankings themselves. */
export interface MatchSummary {
  /** A resume: how many open jobs now rank it. A job: how many candidates its step-1 run ranked. */
  scored: number;
  /** A job: the step-1 session that seeded its live ranking. */
  sessionId?: string;
}
export type MatchInput = PersistOutput;
export interface MatchOutput extends PersistOutput {
  match: MatchSummary;
}
/**
 * The execution's output: the card is stored either way; `matchFailure` says why the live
 * rankings were not updated (the next Rematch ranks it).
 */
export type DocumentIngestOutput = MatchOutput | (PersistOutput & { matchFailure: TaskFailure });

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
