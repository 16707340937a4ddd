import { and, eq } from "drizzle-orm";
import type { Db } from "../database-types";
import { documentCopies } from "../document-copy.sql";

/** Notes another object with a document's bytes (idempotent by bucket and key). */
export async function recordDocumentCopy(
  db: Db,
  tenantId: string,
  documentId: string,
  object: { bucket: string; key: string },
): Promise<void> {
  await db
    .insert(documentCopies)
    .values({ tenantId, documentId, bucket: object.bucket, s3Key: object.key })
    .onConflictDoNothing();
}

/** The other objects holding a document's bytes (erasure deletes them with the original). */
export async function listDocumentCopies(
  db: Db,
  tenantId: string,
  documentId: string,
): Promise<{ bucket: string; key: string }[]> {
  const rows = await db
    .select({ bucket: documentCopies.bucket, key: documentCopies.s3Key })
    .from(documentCopies)
    .where(and(eq(documentCopies.tenantId, tenantId), eq(documentCopies.documentId, documentId)));
  return rows;
}
