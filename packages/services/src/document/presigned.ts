import { randomUUID } from "node:crypto";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { InputError, TooLargeError } from "@futodama/core";
import type { DocumentKind, DocumentRecord, ParseStatus } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { presignedKey, safeFilename } from "./keys";

export interface PresignInput {
  tenantId: string;
  kind: DocumentKind;
  filename: string;
  contentType: string;
  sizeBytes: number;
  /** Who asks (the token's `sub`): the audit of its AI extraction names them. */
  requestedBy?: string | undefined;
}

export interface PresignedUpload {
  /** The job or resume to poll, registered now: it stays queued until the PUT lands. */
  id: string;
  documentId: string;
  status: ParseStatus;
  uploadId: string;
  method: "PUT";
  url: string;
  key: string;
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * A URL the client PUTs the file to directly, and the record it will become: registered here
 * (so the UI polls it like any upload), completed by the starter when the bucket notifies.
 */
export async function presignUpload(deps: ServiceDeps, input: PresignInput): Promise<PresignedUpload> {
  if (input.sizeBytes <= 0) throw new InputError("upload.empty", "The file is empty");
  if (input.sizeBytes > deps.limits.maxUploadBytes) {
    throw new TooLargeError(
      "upload.too_large",
      `The file is ${input.sizeBytes} bytes; the limit is ${deps.limits.maxUploadBytes} bytes`,
      { details: { sizeBytes: input.sizeBytes, limitBytes: deps.limits.maxUploadBytes } },
    );
  }
  await deps.storage.ensureTenant(input.tenantId);
  const uploadId = randomUUID();
  const key = presignedKey(input.tenantId, input.kind, uploadId, input.filename);
  const ttl = deps.limits.presignTtlSeconds;
  const { record } = await deps.storage.registerPendingUpload(input.tenantId, {
    kind: input.kind,
    bucket: deps.buckets.uploads,
    s3Key: key,
    filename: safeFilename(input.filename),
    mime: input.contentType,
    sizeBytes: input.sizeBytes,
    requestedBy: input.requestedBy ?? null,
  });
  // One key, one size, one type, one write: all four are signed, so S3 (and the local emulator)
  // refuses another length or type, and `If-None-Match: *` refuses a second PUT to the key.
  const command = new PutObjectCommand({
    Bucket: deps.buckets.uploads,
    Key: key,
    ContentType: input.contentType,
    ContentLength: input.sizeBytes,
    IfNoneMatch: "*",
  });
  const url = await getSignedUrl(deps.s3, command, {
    expiresIn: ttl,
    signableHeaders: new Set(["content-type", "content-length", "if-none-match"]),
  });
  return {
    id: record.id,
    documentId: record.documentId,
    status: record.status,
    uploadId,
    method: "PUT",
    url,
    key,
    headers: { "content-type": input.contentType, "if-none-match": "*" },
    expiresAt: new Date(Date.now() + ttl * 1000).toISOString(),
  };
}

export const presignCodes = {
  duplicate: "upload.duplicate",
  neverArrived: "upload.never_arrived",
} as const;

/**
 * The landed object's identity on its presigned record. When these bytes were already
 * uploaded, the presigned record is marked failed (upload.duplicate, naming the record that
 * holds them) and nothing is ingested twice.
 */
export async function completePresignedUpload(
  deps: ServiceDeps,
  pending: DocumentRecord,
  landed: { sha256: string; mime: string; sizeBytes: number },
): Promise<{ document: DocumentRecord } | { duplicateOf: string }> {
  const completed = await deps.storage.completePendingUpload(pending.tenantId, pending, landed);
  if (completed.document) return { document: completed.document };
  const existing = completed.duplicateOf.record;
  await deps.storage.markFailed(pending.tenantId, pending.id, {
    code: presignCodes.duplicate,
    reason: `The same file was already uploaded: ${existing.kind} ${existing.id}`,
  });
  return { duplicateOf: completed.duplicateOf.document.id };
}
