import { createHash } from "node:crypto";
import { isAppError, TooLargeError } from "@futodama/core";
import { assertReadable, extractText } from "@futodama/documents";
import type {
  CardRecord,
  DocumentKind,
  DocumentRecord,
  DocumentSource,
  RegisteredDocument,
} from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { headObject, writeObject } from "../shared/s3";
import { safeFilename, uploadKey } from "./keys";
import { restartFailed } from "./retry";

export interface UploadInput {
  tenantId: string;
  kind: DocumentKind;
  filename: string;
  bytes: Uint8Array;
  source: DocumentSource;
  /** Who sends it (the token's `sub`): the audit of its AI extraction names them. */
  requestedBy?: string | undefined;
}

export interface UploadResult {
  record: CardRecord;
  /** false when the same file had already been uploaded by this tenant. */
  created: boolean;
}

const textMime = (filename: string) => (/\.(md|markdown)$/i.test(filename) ? "text/markdown" : "text/plain");

/**
 * Stores an uploaded file and queues it for ingestion. Idempotent by content: the same bytes
 * for the same tenant and kind return the existing record. The file lands in the uploads
 * bucket; its ObjectCreated notification drives the rest (queue → starter → DocumentIngest).
 */
export async function createFromUpload(deps: ServiceDeps, input: UploadInput): Promise<UploadResult> {
  const { storage, limits } = deps;
  if (input.bytes.length > limits.maxUploadBytes) {
    throw new TooLargeError(
      "upload.too_large",
      `The file is ${input.bytes.length} bytes; the limit is ${limits.maxUploadBytes} bytes. Use a presigned upload for large files`,
      { details: { sizeBytes: input.bytes.length, limitBytes: limits.maxUploadBytes } },
    );
  }
  assertReadable(input.bytes);
  const filename = safeFilename(input.filename);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");

  await storage.ensureTenant(input.tenantId);
  const existing = await storage.findDocumentByHash(input.tenantId, input.kind, sha256);
  if (existing?.record.status === "failed") return redrive(deps, input, existing);
  if (existing && (await bytesNeverArrived(deps, existing))) {
    // Issue 11 (crash recovery): the request that registered it died before storing the bytes
    // (kill -9); this copy of them completes that upload, and its notification starts the ingest.
    await storeUpload(deps, input, existing.document);
    return { record: existing.record, created: true };
  }
  if (existing) return { record: existing.record, created: false };

  const key = uploadKey(input.tenantId, input.kind, sha256, filename);
  const registered = await storage.registerDocument(input.tenantId, {
    kind: input.kind,
    source: input.source,
    bucket: deps.buckets.uploads,
    s3Key: key,
    filename,
    sha256,
    mime: textMime(filename),
    sizeBytes: input.bytes.length,
    requestedBy: input.requestedBy ?? null,
  });
  if (!registered.created) return { record: registered.record, created: false };
  await storeUpload(deps, input, registered.document);
  return { record: registered.record, created: true };
}

/** A record still `queued` whose API upload never stored its file (only API uploads store here). */
async function bytesNeverArrived(deps: ServiceDeps, existing: RegisteredDocument): Promise<boolean> {
  const { document, record } = existing;
  if (record.status !== "queued" || (document.source !== "api" && document.source !== "text")) return false;
  try {
    await headObject(deps.s3, document.bucket, document.s3Key);
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "document.file_missing") return true;
    throw error;
  }
}

/**
 * The bytes go to the deterministic key after the record exists; when the store fails the
 * record says so (failed) and the same upload later re-drives it (see `redrive`).
 */
async function storeUpload(deps: ServiceDeps, input: UploadInput, document: DocumentRecord): Promise<void> {
  try {
    await writeObject(deps.s3, {
      bucket: document.bucket,
      key: document.s3Key,
      body: input.bytes,
      contentType: document.mime,
      metadata: { "document-id": document.id, sha256: document.sha256 },
    });
  } catch (error) {
    await deps.storage.markFailed(input.tenantId, document.id, {
      code: isAppError(error) ? error.code : "storage.s3_unavailable",
      reason: "The file could not be stored; upload it again",
    });
    throw error;
  }
}

/**
 * Issue 11: the same bytes uploaded again after a failure run again, never a `duplicate`
 * pointing at a dead record. Stored bytes are restarted as a retry; bytes that never arrived
 * are stored now, and their notification starts the execution that never ran.
 */
async function redrive(
  deps: ServiceDeps,
  input: UploadInput,
  existing: RegisteredDocument,
): Promise<UploadResult> {
  try {
    return { record: await restartFailed(deps, input.tenantId, existing.record), created: true };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === `${input.kind}.not_failed`) {
      // Another upload or retry got there first: this is now a plain duplicate of a live record.
      const current = await deps.storage.getRecordByDocument(input.tenantId, existing.document.id);
      return { record: current ?? existing.record, created: false };
    }
    if (error.code !== "document.file_missing") throw error;
  }
  const requeued = await deps.storage.requeueFailed(input.tenantId, existing.document.id);
  if (requeued === null) return { record: existing.record, created: false };
  await storeUpload(deps, input, existing.document);
  return { record: requeued, created: true };
}

export interface TextInput {
  tenantId: string;
  kind: DocumentKind;
  text: string;
  /** Shown in lists until the document is parsed. */
  title?: string | undefined;
  requestedBy?: string | undefined;
}

/** A pasted job description or CV goes through exactly the same path as a file. */
export async function createFromText(deps: ServiceDeps, input: TextInput): Promise<UploadResult> {
  const bytes = new TextEncoder().encode(input.text);
  extractText(bytes);
  const stem = (input.title ?? `${input.kind}-text`).replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || input.kind;
  return createFromUpload(deps, {
    tenantId: input.tenantId,
    kind: input.kind,
    filename: `${stem.slice(0, 80)}.txt`,
    bytes,
    source: "text",
    requestedBy: input.requestedBy,
  });
}
