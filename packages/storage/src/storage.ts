import type { CandidateAnalysis, NewDeepDiveSession } from "./analysis-storage";
import type { LiveRankingEntry, LiveScore, OpenJobRef } from "./live-ranking";
import type {
  CardChanges,
  MatchFeedback,
  MatchPageOptions,
  MatchResultRecord,
  MatchSession,
  NewMatchFeedback,
  NewMatchResult,
  NewMatchSession,
  ParsedCard,
} from "./match-types";
import type { UnsettledDocument, UnsettledPageOptions } from "./recovery-storage";
import type { CompletedTailoring, NewTailoring, TailoringRecord } from "./tailoring-storage";

/**
 * THE database boundary. Every method takes the tenant first and every query is scoped by it:
 * a tenant can never see or change another tenant's rows, whatever id it guesses.
 */

export type DocumentKind = "job" | "resume";
export type ParseStatus = "queued" | "processing" | "parsed" | "failed";
export type DocumentSource = "api" | "text" | "drop" | "presigned";

export interface DocumentRecord {
  id: string;
  tenantId: string;
  kind: DocumentKind;
  source: DocumentSource;
  bucket: string;
  s3Key: string;
  filename: string;
  sha256: string;
  mime: string;
  sizeBytes: number;
  status: ParseStatus;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A job or a resume: the parsed entity behind a document (1:1 with its document). */
export interface CardRecord {
  id: string;
  tenantId: string;
  kind: DocumentKind;
  documentId: string;
  status: ParseStatus;
  /** Job title or candidate name once parsed, for lists. */
  title: string | null;
  card: unknown | null;
  language: string | null;
  error: string | null;
  filename: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface NewDocument {
  kind: DocumentKind;
  source: DocumentSource;
  bucket: string;
  s3Key: string;
  filename: string;
  sha256: string;
  mime: string;
  sizeBytes: number;
}

export interface RegisteredDocument {
  document: DocumentRecord;
  record: CardRecord;
  /** false when a document with the same (tenant, kind, sha256) already existed. */
  created: boolean;
}

export interface ListFilter {
  status?: ParseStatus | undefined;
  /** Case-insensitive match on title/name or filename. */
  q?: string | undefined;
  language?: string | undefined;
  createdAfter?: Date | undefined;
  createdBefore?: Date | undefined;
  /** 1..100, default 20. */
  limit?: number | undefined;
  /** Opaque cursor from a previous page's nextCursor. */
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ParsedResult {
  card: unknown;
  language: string | null;
  title: string | null;
}

export interface SkillAlias {
  alias: string;
  skillId: string;
  createdAt: Date;
}

export interface Storage {
  /** Creates the tenant row when missing (JWTs carry tenant ids; tenants are not pre-provisioned locally). */
  ensureTenant(tenantId: string): Promise<void>;

  /**
   * Idempotent by (tenant, kind, sha256): the document row and its job/resume row are created
   * together in one transaction, or the existing pair is returned with created=false.
   */
  registerDocument(tenantId: string, input: NewDocument): Promise<RegisteredDocument>;
  getDocument(tenantId: string, documentId: string): Promise<DocumentRecord | null>;
  findDocumentByHash(
    tenantId: string,
    kind: DocumentKind,
    sha256: string,
  ): Promise<RegisteredDocument | null>;

  /** Sets the status on the document and on its job/resume together. */
  markProcessing(tenantId: string, documentId: string): Promise<void>;
  markParsed(tenantId: string, documentId: string, result: ParsedResult): Promise<CardRecord>;
  markFailed(tenantId: string, documentId: string, reason: string): Promise<void>;
  /** A failed document (and its job/resume) back to queued; null when it was not failed. */
  requeueFailed(tenantId: string, documentId: string): Promise<CardRecord | null>;

  getRecord(tenantId: string, kind: DocumentKind, id: string): Promise<CardRecord | null>;
  getRecordByDocument(tenantId: string, documentId: string): Promise<CardRecord | null>;
  /** Newest first; every filter combined with and(...). */
  listRecords(tenantId: string, kind: DocumentKind, filter?: ListFilter): Promise<Page<CardRecord>>;
  countRecords(
    tenantId: string,
    kind: DocumentKind,
    filter?: Omit<ListFilter, "limit" | "cursor">,
  ): Promise<number>;
  /** Soft delete; returns false when there was nothing (of this tenant) to delete. */
  softDeleteRecord(tenantId: string, kind: DocumentKind, id: string): Promise<boolean>;

  /** A tenant's own skill names; the alias is kept as written and matched case-insensitively. */
  listSkillAliases(tenantId: string): Promise<SkillAlias[]>;
  /** Adds or re-points an alias (one skill per alias and tenant). */
  putSkillAlias(tenantId: string, alias: string, skillId: string): Promise<SkillAlias>;
  deleteSkillAlias(tenantId: string, alias: string): Promise<boolean>;

  /** Parsed, non-deleted resumes in id order, a page at a time (index building). */
  listParsedResumeCards(
    tenantId: string,
    options?: { afterId?: string | undefined; limit?: number | undefined },
  ): Promise<ParsedCard[]>;
  /** Resumes touched at or after `since`: parsed ones to re-index, the rest (deleted, re-queued) to drop. */
  listResumeChanges(tenantId: string, since: Date): Promise<CardChanges>;
  /** Jobs open for matching: every parsed, non-deleted job (jobs have no open/closed status yet). */
  listOpenJobs(tenantId: string): Promise<ParsedCard[]>;

  createMatchSession(tenantId: string, input: NewMatchSession): Promise<MatchSession>;
  /** Stores every result (batched) and marks the session done, in one transaction. */
  completeMatchSession(tenantId: string, sessionId: string, results: NewMatchResult[]): Promise<MatchSession>;
  failMatchSession(tenantId: string, sessionId: string, reason: string): Promise<void>;
  getMatchSession(tenantId: string, sessionId: string): Promise<MatchSession | null>;
  /** A job's sessions, newest first. */
  listMatchSessions(tenantId: string, jobId: string, options?: MatchPageOptions): Promise<Page<MatchSession>>;
  /** A session's results by rank (best first); results of deleted resumes are left out. */
  listMatchResults(
    tenantId: string,
    sessionId: string,
    options?: MatchPageOptions,
  ): Promise<Page<MatchResultRecord>>;
  /** Throws NotFoundError (match_session.not_found / resume.not_found) outside the tenant. */
  addMatchFeedback(tenantId: string, input: NewMatchFeedback): Promise<MatchFeedback>;

  /** Live ranking (DocumentIngest's Match step, Rematch): one score per (job, resume), upserted. */
  upsertLiveScores(tenantId: string, resumeId: string, scores: LiveScore[]): Promise<void>;
  /** Replaces a job's live ranking with a completed step-1 session's results; returns the row count. */
  replaceLiveRanking(tenantId: string, jobId: string, sessionId: string): Promise<number>;
  /** A job's live ranking by score (rank computed), without deleted candidates. */
  listLiveRanking(
    tenantId: string,
    jobId: string,
    options?: MatchPageOptions,
  ): Promise<Page<LiveRankingEntry>>;
  /** How many live scores the given jobs of a tenant hold. */
  countLiveScores(tenantId: string, jobIds: string[]): Promise<number>;
  /** Open jobs of one tenant, or of every tenant when none is given (scheduled Rematch). */
  listOpenJobRefs(tenantId?: string): Promise<OpenJobRef[]>;

  /** Step 2: a session (kind step2, running, total = candidates) with a result row per candidate. */
  createDeepDiveSession(tenantId: string, input: NewDeepDiveSession): Promise<MatchSession>;
  /** Stores a candidate's analysis on its result row; `done` counts each candidate once. */
  recordCandidateAnalysis(
    tenantId: string,
    sessionId: string,
    resumeId: string,
    result: CandidateAnalysis,
  ): Promise<MatchSession>;
  /** Counts a candidate as failed (once), keeping the reason; never erases a stored analysis. */
  recordCandidateFailure(
    tenantId: string,
    sessionId: string,
    resumeId: string,
    reason: string,
  ): Promise<MatchSession>;
  /** Marks a step-2 session done. */
  finishDeepDiveSession(tenantId: string, sessionId: string): Promise<MatchSession>;

  /** Tailor: a queued tailoring of one CV to one job. */
  createTailoring(tenantId: string, input: NewTailoring): Promise<TailoringRecord>;
  /** null when there is no such tailoring for this tenant (whatever id is guessed). */
  getTailoring(tenantId: string, tailoringId: string): Promise<TailoringRecord | null>;
  /** queued → running; throws NotFoundError (tailoring.not_found) outside the tenant. */
  markTailoringRunning(tenantId: string, tailoringId: string): Promise<TailoringRecord>;
  /** Stores the bundle and marks it done; throws NotFoundError outside the tenant. */
  completeTailoring(
    tenantId: string,
    tailoringId: string,
    result: CompletedTailoring,
  ): Promise<TailoringRecord>;
  /** Marks it failed with the reason; a done tailoring keeps its bundle. */
  failTailoring(tenantId: string, tailoringId: string, reason: string): Promise<void>;

  /*
   * The reconciler's (recovery-storage.ts): the two scans run across tenants on purpose.
   */
  /** `queued`/`processing` documents untouched since `olderThan`, oldest first (every tenant). */
  listUnsettledDocuments(options: UnsettledPageOptions): Promise<UnsettledDocument[]>;
  /** Which of these keys of a bucket have a document (of any tenant). */
  registeredKeys(bucket: string, keys: readonly string[]): Promise<Set<string>>;
  /** Takes an unsettled document for one more attempt under `executionName`; false when another run did. */
  claimRecovery(
    tenantId: string,
    documentId: string,
    seenAttempts: number,
    executionName: string,
  ): Promise<boolean>;
  /** Records the execution now responsible for the document (a retry), resetting the attempts. */
  noteIngestExecution(tenantId: string, documentId: string, executionName: string): Promise<void>;

  close(): Promise<void>;
}
