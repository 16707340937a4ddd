import { createHash } from "node:crypto";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { TransientError } from "@futodama/core";
import type { DocumentKind, DocumentRecord, DocumentSource } from "@futodama/storage";
import type { DocumentIngestInput } from "@futodama/workflow";
import { recordDroppedFile } from "../batch/drop";
import type { ServiceDeps } from "../deps";
import { headObject } from "../shared/s3";
import { ownerOfKey, safeFilename } from "./keys";
import { completePresignedUpload } from "./presigned";

export interface StoredObject {
  bucket: string;
  key: string;
}

export type StartOutcome =
  | { outcome: "started" | "already_started"; documentId: string; tenantId: string; kind: DocumentKind }
  | { outcome: "duplicate"; documentId: string; tenantId: string; kind: DocumentKind; duplicateOf: string }
  | { outcome: "ignored"; reason: string };

async function sha256Of(deps: ServiceDeps, object: StoredObject): Promise<string> {
  try {
    const out = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }));
    const hash = createHash("sha256");
    for await (const chunk of out.Body as AsyncIterable<Uint8Array>) hash.update(chunk);
    return hash.digest("hex");
  } catch (error) {
    throw new TransientError("storage.s3_unavailable", "The file store did not answer", { cause: error });
  }
}

/**
 * Turns a stored object into a document row (idempotently, by tenant + kind + sha256) and
 * starts its DocumentIngest execution, named after the document id so that a redelivered
 * event can never start a second one.
 */
export async function startIngestForObject(deps: ServiceDeps, object: StoredObject): Promise<StartOutcome> {
  const role =
    object.bucket === deps.buckets.uploads
      ? "uploads"
      : object.bucket === deps.buckets.drops
        ? "drops"
        : null;
  if (role === null) return { outcome: "ignored", reason: `bucket ${object.bucket} is not an ingest bucket` };
  const owner = ownerOfKey(role, object.key);
  if (owner === null) return { outcome: "ignored", reason: "key is outside the <tenant>/… layout" };

  const head = await headObject(deps.s3, object.bucket, object.key);
  const sha256 = head.metadata.sha256 ?? (await sha256Of(deps, object));
  const source: DocumentSource =
    role === "drops" ? "drop" : head.metadata["document-id"] ? "api" : "presigned";

  await deps.storage.ensureTenant(owner.tenantId);
  const mime = head.contentType ?? "application/octet-stream";
  const pending = await deps.storage.findPendingUpload(owner.tenantId, object.bucket, object.key);
  let registered: { document: DocumentRecord; created: boolean };
  if (pending) {
    // A presigned upload's record exists since the URL was handed out: the object completes it.
    const completed = await completePresignedUpload(deps, pending, {
      sha256,
      mime,
      sizeBytes: head.sizeBytes,
    });
    if ("duplicateOf" in completed) {
      const ids = { documentId: pending.id, tenantId: owner.tenantId, kind: owner.kind };
      return { outcome: "duplicate", ...ids, duplicateOf: completed.duplicateOf };
    }
    registered = { document: completed.document, created: true };
  } else {
    registered = await deps.storage.registerDocument(owner.tenantId, {
      kind: owner.kind,
      source,
      bucket: object.bucket,
      s3Key: object.key,
      filename: safeFilename(owner.filename),
      sha256,
      mime,
      sizeBytes: head.sizeBytes,
    });
  }
  const { document, created } = registered;
  const base = { documentId: document.id, tenantId: owner.tenantId, kind: owner.kind };
  if (!created && (document.bucket !== object.bucket || document.s3Key !== object.key)) {
    // Nothing new to ingest, but the person's file now lives here too: erasure must know.
    await deps.storage.recordDocumentCopy(owner.tenantId, document.id, object);
    await recordDroppedFile(deps, { ...base, key: object.key, metadata: head.metadata, duplicate: true });
    return { outcome: "duplicate", ...base, duplicateOf: document.id };
  }
  await recordDroppedFile(deps, { ...base, key: object.key, metadata: head.metadata, duplicate: false });

  const input: DocumentIngestInput = {
    tenantId: owner.tenantId,
    documentId: document.id,
    kind: owner.kind,
    bucket: object.bucket,
    key: object.key,
  };
  const started = await startDocumentIngest(deps, input, document.id);
  return { outcome: started ? "started" : "already_started", ...base };
}

/**
 * Starts DocumentIngest for a document under a deterministic name; false when an execution of
 * that name exists already (a redelivered event, a repeated retry): it is never started twice.
 */
export async function startDocumentIngest(
  deps: ServiceDeps,
  input: DocumentIngestInput,
  name: string,
): Promise<boolean> {
  try {
    await deps.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: deps.documentIngestArn,
        name,
        input: JSON.stringify({ ...input, run: name }),
      }),
    );
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === "ExecutionAlreadyExists") return false;
    throw new TransientError("workflow.start_failed", "The ingest workflow could not be started", {
      cause: error,
    });
  }
}
