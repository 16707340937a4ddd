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

  close(): Promise<void>;
}
