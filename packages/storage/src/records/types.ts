import type { CreativeJobV1, JobCardV1, ResumeCardV1 } from "@futodama/core";

export type DocumentKind = "job" | "resume";
export type ParseStatus = "queued" | "processing" | "parsed" | "failed";
export type DocumentSource = "api" | "text" | "drop" | "presigned";

/** The codex card each kind of record holds once parsed (checked when stored: records/cards.ts). */
export interface CardByKind {
  job: JobCardV1 | CreativeJobV1;
  resume: ResumeCardV1;
}
export type JobCard = CardByKind["job"];

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

export interface DocumentRecord extends NewDocument {
  id: string;
  tenantId: string;
  status: ParseStatus;
  error: string | null;
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

/** What changed since a moment: parsed cards to (re)index and ids to drop. */
export interface CardChanges {
  upserts: ParsedCard<ResumeCardV1>[];
  removed: string[];
  /** Pass back as `since` next time (the newest updated_at seen, or the one given). */
  watermark: Date;
}
