import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { NotFoundError } from "@futodama/core";
import type { DocumentKind } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { headObject } from "../shared/s3";

/** A short-lived link to download a record's original file. */
export interface FileLink {
  url: string;
  method: "GET";
  filename: string;
  contentType: string;
  sizeBytes: number;
  expiresAt: string;
}

/** Long enough to start a download, short enough that a leaked link soon stops working. */
export const FILE_LINK_TTL_SECONDS = 300;

/** A presigned GET of the original file, named as uploaded; 404 when the record or its file is gone. */
export async function fileLink(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  id: string,
): Promise<FileLink> {
  const record = await deps.storage.getRecord(tenantId, kind, id);
  if (record === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  const document = await deps.storage.getDocument(tenantId, record.documentId);
  if (document === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  // 404 document.file_missing rather than a link that can only fail.
  await headObject(deps.s3, document.bucket, document.s3Key);
  const command = new GetObjectCommand({
    Bucket: document.bucket,
    Key: document.s3Key,
    ResponseContentType: document.mime,
    ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
  });
  const url = await getSignedUrl(deps.s3, command, { expiresIn: FILE_LINK_TTL_SECONDS });
  return {
    url,
    method: "GET",
    filename: document.filename,
    contentType: document.mime,
    sizeBytes: document.sizeBytes,
    expiresAt: new Date(Date.now() + FILE_LINK_TTL_SECONDS * 1000).toISOString(),
  };
}
