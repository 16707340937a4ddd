import type { CreativeJobV1, JobCardV1, Location, ResumeCardV1 } from "@futodama/core";
import type { jobStages, pipelineStages, recordOrigins, recordSorts } from "../columns";

export type DocumentKind = "job" | "resume";
export type ParseStatus = "queued" | "processing" | "parsed" | "failed";
export type DocumentSource = "api" | "text" | "drop" | "presigned";

/** The codex card each kind of record holds once parsed (checked when stored: records/cards.ts). */
export interface CardByKind {
  job: JobCardV1 | CreativeJobV1;
  resume: ResumeCardV1;
}
export type JobCard = CardByKind["job"];

export type JobStage = (typeof jobStages)[number];
export type PipelineStage = (typeof pipelineStages)[number];
export type RecordOrigin = (typeof recordOrigins)[number];
/** A job's hiring stage, or a candidate's pipeline stage. */
export interface StageByKind {
  job: JobStage;
  resume: PipelineStage;
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
  /** Who sent it (the token's `sub`); absent for a bulk drop. */
  requestedBy?: string | null | undefined;
}

export interface DocumentRecord extends NewDocument {
  id: string;
  tenantId: string;
  status: ParseStatus;
  error: string | null;
  /** The stable dotted code of `error` (docs/api-contract.md#failure-codes); null unless failed. */
  errorCode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface CardRecordOf<K extends DocumentKind> {
  id: string;
  tenantId: string;
  kind: K;
  documentId: string;
  status: ParseStatus;
  /** Job title or candidate name once parsed, for lists. */
  title: string | null;
  /** The codex card once parsed; null before (and for a stored card of another kind's schema). */
  card: CardByKind[K] | null;
  language: string | null;
  error: string | null;
  /** The stable dotted code of `error` (docs/api-contract.md#failure-codes); null unless failed. */
  errorCode: string | null;
  /** jobs: open | on_hold | closed (only open jobs are scored); resumes: the candidate's pipeline stage. */
  stage: StageByKind[K];
  origin: RecordOrigin;
  filename: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

/** A job or a resume: the parsed entity behind a document (1:1 with its document). */
export type CardRecord<K extends DocumentKind = DocumentKind> = { [k in K]: CardRecordOf<k> }[K];

export interface RegisteredDocument {
  document: DocumentRecord;
  record: CardRecord;
  /** false when a document with the same (tenant, kind, sha256) already existed. */
  created: boolean;
}

/** `title` (or -title, descending) sorts by the job title / candidate name; records without one come first. */
export type RecordSort = (typeof recordSorts)[number];

export interface ListFilter {
  /** One status, or any of several. */
  status?: ParseStatus | readonly ParseStatus[] | undefined;
  /**
   * Full-text search over the card (name, titles, employers, skills; every word, each as a
   * prefix), or a case-insensitive substring of the title/name or the filename.
   */
  q?: string | undefined;
  /** Taxonomy skill ids the card must all hold (resumes: skills; jobs: requirements). */
  skills?: readonly string[] | undefined;
  /** Default -createdAt (newest first). */
  sort?: RecordSort | undefined;
  /** The whole card on each item; otherwise card is null and `summary` carries a few fields. */
  withCard?: boolean | undefined;
  language?: string | undefined;
  createdAfter?: Date | undefined;
  createdBefore?: Date | undefined;
  /** A job's stage or a candidate's pipeline stage. */
  stage?: StageByKind[DocumentKind] | undefined;
  origin?: RecordOrigin | undefined;
  /** 1..100, default 20. */
  limit?: number | undefined;
  /** Opaque cursor from a previous page's nextCursor. */
  cursor?: string | undefined;
}

/** What a list shows of a CV without its card. */
export interface ResumeSummary {
  headline?: string;
  location?: Location;
  /** The first experience entry (CVs list the latest first). */
  latestTitle?: string;
  latestEmployer?: string;
  totalYearsExperience?: number;
  /** The first twelve skills, as named on the card. */
  skills?: string[];
}

/** What a list shows of a job without its card. */
export interface JobSummary {
  company?: string;
  location?: Location;
  workMode?: string;
  seniority?: string;
  employmentType?: string;
  /** The first twelve must-have requirements, as written. */
  mustHave?: string[];
}

export interface SummaryByKind {
  job: JobSummary;
  resume: ResumeSummary;
}

/** A list item: the record, with its card only when asked for (withCard), else a summary of it. */
export type ListedRecord<K extends DocumentKind = DocumentKind> = {
  [k in K]: CardRecordOf<k> & { summary: SummaryByKind[k] | null };
}[K];

/** A page of a list, with how many records match the filter in all. */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** Why a document failed: a reason a person can act on, and its stable code for a program. */
export interface RecordFailure {
  code: string;
  reason: string;
}

/** A recruiter's corrections to a record; the card is checked against its codex schema again. */
export interface RecordChanges<K extends DocumentKind = DocumentKind> {
  title?: string | undefined;
  stage?: StageByKind[K] | undefined;
  origin?: RecordOrigin | undefined;
  /** The whole corrected card (merge corrections into the stored one first). */
  card?: unknown;
}

export interface ParsedResult {
  /** Checked against the codex schema of the document's kind before it is stored. */
  card: unknown;
  language: string | null;
  title: string | null;
}

/** A parsed, non-deleted record's card, for building a candidate index or listing open jobs. */
export interface ParsedCard<C extends CardByKind[DocumentKind] = CardByKind[DocumentKind]> {
  id: string;
  title: string | null;
  card: C;
  updatedAt: Date;
}

/** A row version a caller already holds: its id and updated_at (to the millisecond, as a Date has it). */
export interface SeenVersion {
  id: string;
  updatedAt: Date;
}

/** What changed since a moment: parsed cards to (re)index and ids to drop. */
export interface CardChanges {
  upserts: ParsedCard<ResumeCardV1>[];
  removed: string[];
  /** Pass back as `since` next time (the newest updated_at seen, or the one given). */
  watermark: Date;
}
