import { InternalError } from "@futodama/core";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { tenants } from "../tenant.sql";
import { cardColumns, cardTables, recordColumns, toCardRecord, toDocumentRecord } from "./rows";
import type { NewDocument, RegisteredDocument } from "./types";

/**
 * One transaction: insert the document with ON CONFLICT DO NOTHING on (tenant, kind, sha256),
 * then either create its job/resume row or read the existing pair. Under READ COMMITTED a
 * concurrent duplicate waits on the unique index until the winner commits, then sees its row:
 * however many deliveries race, exactly one pair exists and exactly one caller gets created=true.
 */
export function registerDocument(db: Db, tenantId: string, input: NewDocument): Promise<RegisteredDocument> {
  const t = cardTables[input.kind];
  return db.transaction(async (tx) => {
    // Callers should ensureTenant first; doing it here too keeps the FK from ever failing.
    await tx.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
    const [inserted] = await tx
      .insert(documents)
      .values({ ...input, tenantId })
      .onConflictDoNothing({ target: [documents.tenantId, documents.kind, documents.sha256] })
      .returning();
    if (inserted) {
      const [record] = await tx
        .insert(t)
        .values({
          tenantId,
          documentId: inserted.id,
          createdAt: inserted.createdAt,
          updatedAt: inserted.createdAt,
        })
        .returning(cardColumns(t));
      if (!record) throw new InternalError("storage.insert_failed", "The record row was not created");
      return {
        document: toDocumentRecord(inserted),
        record: toCardRecord(input.kind, { ...record, filename: inserted.filename }),
        created: true,
      };
    }

    const match = and(
      eq(documents.tenantId, tenantId),
      eq(documents.kind, input.kind),
      eq(documents.sha256, input.sha256),
    );
    // The same file uploaded again after its record was deleted is a new upload: revive the
    // pair (fresh file location, back to queued) rather than hand back an invisible record.
    const revived = await tx
      .update(t)
      .set({
        status: "queued",
        title: null,
        card: null,
        language: null,
        error: null,
        errorCode: null,
        deletedAt: null,
        createdAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(t.tenantId, tenantId),
          isNotNull(t.deletedAt),
          sql`${t.documentId} = (select ${documents.id} from ${documents} where ${match})`,
        ),
      )
      .returning({ id: t.id });
    if (revived.length > 0) {
      await tx
        .update(documents)
        .set({
          ...input,
          status: "queued",
          error: null,
          errorCode: null,
          createdAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(match);
    }

    const [row] = await tx
      .select({ document: documents, record: recordColumns(t) })
      .from(documents)
      .innerJoin(t, eq(t.documentId, documents.id))
      .where(match);
    if (!row) throw new InternalError("storage.register_conflict", "The existing document could not be read");
    return {
      document: toDocumentRecord(row.document),
      record: toCardRecord(input.kind, row.record),
      created: revived.length > 0,
    };
  });
}
