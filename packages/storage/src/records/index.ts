import type { ResumeCardV1 } from "@futodama/core";
import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { listDocumentCopies, recordDocumentCopy } from "./copies";
import { eraseRecord, updateRecord } from "./edit";
import { countRecords } from "./list";
import { cachedListRecords, cachedReadRecord } from "./list-cache";
import { listVersionReader } from "./list-version-read";
import { listOpenJobs, listParsedResumeCards, listResumeChanges } from "./parsed-cards";
import {
  type CompletedUpload,
  completePendingUpload,
  findPendingUpload,
  registerPendingUpload,
} from "./pending-upload";
import { findDocumentByHash, getDocument, getRecordByDocument, softDeleteRecord } from "./read";
import { batchedGetRecord } from "./read-batch";
import { registerDocument } from "./register";
import { requeueFailed } from "./requeue";
import { markFailed, markParsed, markProcessing } from "./status";
import type {
  CardChanges,
  CardRecord,
  DocumentKind,
  DocumentRecord,
  JobCard,
  ListedRecord,
  ListFilter,
  ListPage,
  NewDocument,
  ParsedCard,
  ParsedResult,
  RecordChanges,
  RecordFailure,
  RegisteredDocument,
  SeenVersion,
} from "./types";

export type { CompletedUpload } from "./pending-upload";
export type * from "./types";

/** Documents and their records (jobs, resumes): registration, parse status, reads, lists. */
export interface RecordStorage {
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

  /** A presigned upload's document and record, registered before its bytes exist (records/pending-upload.ts). */
  registerPendingUpload(
    tenantId: string,
    input: Omit<NewDocument, "sha256" | "source">,
  ): Promise<RegisteredDocument>;
  findPendingUpload(tenantId: string, bucket: string, key: string): Promise<DocumentRecord | null>;
  /** The landed bytes' digest on the pending document, or the tenant's existing document of those bytes. */
  completePendingUpload(
    tenantId: string,
    pending: DocumentRecord,
    landed: { sha256: string; mime: string; sizeBytes: number },
  ): Promise<CompletedUpload>;

  /** Another object with a document's very bytes (a duplicate drop), so erasure deletes it too. */
  recordDocumentCopy(
    tenantId: string,
    documentId: string,
    object: { bucket: string; key: string },
  ): Promise<void>;
  listDocumentCopies(tenantId: string, documentId: string): Promise<{ bucket: string; key: string }[]>;

  /** Sets the status on the document and on its job/resume together. */
  markProcessing(tenantId: string, documentId: string): Promise<void>;
  /** Throws InternalError `storage.invalid_card` when the card is not the codex card of the document's kind. */
  markParsed(tenantId: string, documentId: string, result: ParsedResult): Promise<CardRecord>;
  /** Marks both failed with the reason and its stable code (docs/api-contract.md#failure-codes). */
  markFailed(tenantId: string, documentId: string, failure: RecordFailure): Promise<void>;
  /** A failed document (and its job/resume) back to queued, reason and code cleared; null when it was not failed. */
  requeueFailed(tenantId: string, documentId: string): Promise<CardRecord | null>;

  getRecord<K extends DocumentKind>(tenantId: string, kind: K, id: string): Promise<CardRecord<K> | null>;
  /**
   * getRecord for a caller that only shows the record (the API's GET): answered from memory
   * while the tenant's records of that kind are unchanged (list-cache.ts), frozen and shared.
   */
  readRecord<K extends DocumentKind>(tenantId: string, kind: K, id: string): Promise<CardRecord<K> | null>;
  getRecordByDocument(tenantId: string, documentId: string): Promise<CardRecord | null>;
  /** Newest first unless sorted otherwise; every filter combined with and(...); summaries unless withCard. */
  listRecords<K extends DocumentKind>(
    tenantId: string,
    kind: K,
    filter?: ListFilter,
  ): Promise<ListPage<ListedRecord<K>>>;
  countRecords(
    tenantId: string,
    kind: DocumentKind,
    filter?: Omit<ListFilter, "limit" | "cursor">,
  ): Promise<number>;
  /** Soft delete; returns false when there was nothing (of this tenant) to delete. */
  softDeleteRecord(tenantId: string, kind: DocumentKind, id: string): Promise<boolean>;
  /** Corrections (title, stage, origin, card re-validated); a closed job leaves the live rankings. null: no such record. */
  updateRecord<K extends DocumentKind>(
    tenantId: string,
    kind: K,
    id: string,
    changes: RecordChanges<K>,
  ): Promise<CardRecord<K> | null>;
  /** Erasure of the rows: the document, its record and everything derived from it (scores, results, feedback, tailorings). */
  eraseRecord(tenantId: string, kind: DocumentKind, id: string): Promise<boolean>;

  /** Parsed, non-deleted resumes in id order, a page at a time (index building). */
  listParsedResumeCards(
    tenantId: string,
    options?: { afterId?: string | undefined; limit?: number | undefined },
  ): Promise<ParsedCard<ResumeCardV1>[]>;
  /**
   * Resumes touched at or after `since`: parsed ones to re-index, the rest (deleted, re-queued)
   * to drop; the versions in `seen` (the caller holds them already) are left out.
   */
  listResumeChanges(tenantId: string, since: Date, seen?: readonly SeenVersion[]): Promise<CardChanges>;
  /** Jobs open for matching: every parsed, non-deleted job whose stage is `open`. */
  listOpenJobs(tenantId: string): Promise<ParsedCard<JobCard>[]>;
}

export function recordStorage(db: Db): RecordStorage {
  const getRecord = batchedGetRecord(db);
  const versionOf = listVersionReader(db);
  const listRecords = cachedListRecords(db, versionOf);
  const readRecord = cachedReadRecord(versionOf, getRecord);
  return {
    ...bindDb(db, {
      registerDocument,
      registerPendingUpload,
      findPendingUpload,
      completePendingUpload,
      recordDocumentCopy,
      listDocumentCopies,
      getDocument,
      findDocumentByHash,
      markProcessing,
      markParsed,
      markFailed,
      requeueFailed,
      getRecordByDocument,
      countRecords,
      softDeleteRecord,
      eraseRecord,
      listParsedResumeCards,
      listResumeChanges,
      listOpenJobs,
    }),
    // Gets that arrive together share one statement (read-batch.ts).
    getRecord,
    readRecord,
    // Pages kept while the tenant's list is unchanged (list-cache.ts).
    listRecords,
    updateRecord: (tenantId, kind, id, changes) => updateRecord(db, tenantId, kind, id, changes),
  };
}
