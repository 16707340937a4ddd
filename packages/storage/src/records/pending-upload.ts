import { and, eq, like } from "drizzle-orm";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { findDocumentByHash } from "./read";
import { registerDocument } from "./register";
import { toDocumentRecord } from "./rows";
import type { DocumentRecord, NewDocument, RegisteredDocument } from "./types";

/*
 * A presigned upload is registered when the URL is handed out, so the client polls its record
 * like any upload. Its bytes (and so their sha256, the documents' identity) are unknown until
 * the PUT lands: until then sha256 holds `pending:<key>`, which no real digest (64 hex digits)
 * can equal, and the starter completes it from the stored object.
 */
const pendingPrefix = "pending:";

export function isAwaitingUpload(document: Pick<DocumentRecord, "sha256">): boolean {
  return document.sha256.startsWith(pendingPrefix);
}

export function registerPendingUpload(
  db: Db,
  tenantId: string,
  input: Omit<NewDocument, "sha256" | "source">,
): Promise<RegisteredDocument> {
  return registerDocument(db, tenantId, {
    ...input,
    source: "presigned",
    sha256: `${pendingPrefix}${input.s3Key}`,
  });
}

/** The registered presigned upload waiting for the object at this key; null when there is none. */
export async function findPendingUpload(
  db: Db,
  tenantId: string,
  bucket: string,
  key: string,
): Promise<DocumentRecord | null> {
  const [row] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.tenantId, tenantId),
        eq(documents.bucket, bucket),
        eq(documents.s3Key, key),
        like(documents.sha256, `${pendingPrefix}%`),
      ),
    );
  return row ? toDocumentRecord(row) : null;
}

export type CompletedUpload =
  | { document: DocumentRecord; duplicateOf?: undefined }
  | { document?: undefined; duplicateOf: RegisteredDocument };

/**
 * The landed object's digest, type and size on the pending document. When the tenant already
 * has these bytes, the pending document stays as it is and the existing one is returned.
 */
export async function completePendingUpload(
  db: Db,
  tenantId: string,
  pending: DocumentRecord,
  landed: { sha256: string; mime: string; sizeBytes: number },
): Promise<CompletedUpload> {
  const existing = await findDocumentByHash(db, tenantId, pending.kind, landed.sha256);
  if (existing) return { duplicateOf: existing };
  try {
    const [row] = await db
      .update(documents)
      .set(landed)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, pending.id)))
      .returning();
    return { document: row ? toDocumentRecord(row) : { ...pending, ...landed } };
  } catch (error) {
    // A concurrent upload of the same bytes won the unique (tenant, kind, sha256).
    const winner = await findDocumentByHash(db, tenantId, pending.kind, landed.sha256);
    if (winner) return { duplicateOf: winner };
    throw error;
  }
}
