import { NotFoundError } from "@futodama/core";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { decodeCursor, encodeCursor, isUuid } from "./cursor";
import type { Db } from "./database";
import { documents } from "./document.sql";
import { cardTables, clampLimit, listWhere, recordColumns, toCardRecord, toDocumentRecord } from "./records";
import { RecoveryStorage } from "./recovery-storage";
import { registerDocument } from "./register-document";
import { requeueFailedDocument } from "./requeue-document";
import { skillAliases } from "./skill-alias.sql";
import type {
  CardRecord,
  DocumentKind,
  DocumentRecord,
  ListFilter,
  NewDocument,
  Page,
  ParsedResult,
  ParseStatus,
  RegisteredDocument,
  SkillAlias,
  Storage,
} from "./storage";
import { tenants } from "./tenant.sql";

/** The Storage contract over any drizzle PostgreSQL driver (PGlite, Neon, PostgreSQL via Neon). */
export class DrizzleStorage extends RecoveryStorage implements Storage {
  constructor(
    db: Db,
    private readonly onClose: () => Promise<void>,
  ) {
    super(db);
  }

  async ensureTenant(tenantId: string): Promise<void> {
    await this.db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
  }

  async listSkillAliases(tenantId: string): Promise<SkillAlias[]> {
    return this.db
      .select({ alias: skillAliases.alias, skillId: skillAliases.skillId, createdAt: skillAliases.createdAt })
      .from(skillAliases)
      .where(eq(skillAliases.tenantId, tenantId))
      .orderBy(skillAliases.alias);
  }

  async putSkillAlias(tenantId: string, alias: string, skillId: string): Promise<SkillAlias> {
    await this.ensureTenant(tenantId);
    const [row] = await this.db
      .insert(skillAliases)
      .values({ tenantId, alias: alias.trim().toLowerCase(), skillId })
      .onConflictDoUpdate({ target: [skillAliases.tenantId, skillAliases.alias], set: { skillId } })
      .returning({
        alias: skillAliases.alias,
        skillId: skillAliases.skillId,
        createdAt: skillAliases.createdAt,
      });
    if (!row) throw new Error("skill alias upsert returned no row");
    return row;
  }

  async deleteSkillAlias(tenantId: string, alias: string): Promise<boolean> {
    const rows = await this.db
      .delete(skillAliases)
      .where(and(eq(skillAliases.tenantId, tenantId), eq(skillAliases.alias, alias.trim().toLowerCase())))
      .returning({ alias: skillAliases.alias });
    return rows.length > 0;
  }

  registerDocument(tenantId: string, input: NewDocument): Promise<RegisteredDocument> {
    return registerDocument(this.db, tenantId, input);
  }

  async getDocument(tenantId: string, documentId: string): Promise<DocumentRecord | null> {
    if (!isUuid(documentId)) return null;
    const [row] = await this.db
      .select()
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)));
    return row ? toDocumentRecord(row) : null;
  }

  async findDocumentByHash(
    tenantId: string,
    kind: DocumentKind,
    sha256: string,
  ): Promise<RegisteredDocument | null> {
    const t = cardTables[kind];
    const [row] = await this.db
      .select({ document: documents, record: recordColumns(t) })
      .from(documents)
      .innerJoin(t, eq(t.documentId, documents.id))
      .where(
        and(
          eq(documents.tenantId, tenantId),
          eq(documents.kind, kind),
          eq(documents.sha256, sha256),
          isNull(t.deletedAt),
        ),
      );
    if (!row) return null;
    return {
      document: toDocumentRecord(row.document),
      record: toCardRecord(kind, row.record),
      created: false,
    };
  }

  async markProcessing(tenantId: string, documentId: string): Promise<void> {
    await this.setStatus(tenantId, documentId, "processing", { error: null });
  }

  async markParsed(tenantId: string, documentId: string, result: ParsedResult): Promise<CardRecord> {
    return this.setStatus(tenantId, documentId, "parsed", {
      error: null,
      card: result.card,
      language: result.language,
      title: result.title,
    });
  }

  async markFailed(tenantId: string, documentId: string, reason: string): Promise<void> {
    await this.setStatus(tenantId, documentId, "failed", { error: reason });
  }

  requeueFailed(tenantId: string, documentId: string): Promise<CardRecord | null> {
    return isUuid(documentId) ? requeueFailedDocument(this.db, tenantId, documentId) : Promise.resolve(null);
  }

  async getRecord(tenantId: string, kind: DocumentKind, id: string): Promise<CardRecord | null> {
    if (!isUuid(id)) return null;
    const t = cardTables[kind];
    const [row] = await this.db
      .select(recordColumns(t))
      .from(t)
      .innerJoin(documents, eq(documents.id, t.documentId))
      .where(and(eq(t.tenantId, tenantId), eq(t.id, id), isNull(t.deletedAt)));
    return row ? toCardRecord(kind, row) : null;
  }

  async getRecordByDocument(tenantId: string, documentId: string): Promise<CardRecord | null> {
    const document = await this.getDocument(tenantId, documentId);
    if (!document) return null;
    const t = cardTables[document.kind];
    const [row] = await this.db
      .select(recordColumns(t))
      .from(t)
      .innerJoin(documents, eq(documents.id, t.documentId))
      .where(and(eq(t.tenantId, tenantId), eq(t.documentId, documentId), isNull(t.deletedAt)));
    return row ? toCardRecord(document.kind, row) : null;
  }

  async listRecords(
    tenantId: string,
    kind: DocumentKind,
    filter: ListFilter = {},
  ): Promise<Page<CardRecord>> {
    const t = cardTables[kind];
    const limit = clampLimit(filter.limit);
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    const rows = await this.db
      .select(recordColumns(t))
      .from(t)
      .innerJoin(documents, eq(documents.id, t.documentId))
      .where(listWhere(t, tenantId, filter, cursor))
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit).map((row) => toCardRecord(kind, row));
    const last = items.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor(last) : null;
    return { items, nextCursor };
  }

  async countRecords(
    tenantId: string,
    kind: DocumentKind,
    filter: Omit<ListFilter, "limit" | "cursor"> = {},
  ): Promise<number> {
    const t = cardTables[kind];
    const [row] = await this.db
      .select({ total: count() })
      .from(t)
      .innerJoin(documents, eq(documents.id, t.documentId))
      .where(listWhere(t, tenantId, filter));
    return row?.total ?? 0;
  }

  async softDeleteRecord(tenantId: string, kind: DocumentKind, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const t = cardTables[kind];
    const deleted = await this.db
      .update(t)
      .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(t.tenantId, tenantId), eq(t.id, id), isNull(t.deletedAt)))
      .returning({ id: t.id });
    return deleted.length > 0;
  }

  close(): Promise<void> {
    return this.onClose();
  }

  /** The document and its job/resume move together, in one transaction, or not at all. */
  private setStatus(
    tenantId: string,
    documentId: string,
    status: ParseStatus,
    fields: { error: string | null; card?: unknown; language?: string | null; title?: string | null },
  ): Promise<CardRecord> {
    const notFound = () =>
      new NotFoundError("document.not_found", "No such document for this tenant", {
        details: { documentId },
      });
    if (!isUuid(documentId)) return Promise.reject(notFound());
    return this.db.transaction(async (tx) => {
      const [document] = await tx
        .update(documents)
        .set({ status, error: fields.error, updatedAt: sql`now()` })
        .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)))
        .returning({ kind: documents.kind, filename: documents.filename });
      if (!document) throw notFound();
      const t = cardTables[document.kind];
      const [row] = await tx
        .update(t)
        .set({ ...fields, status, updatedAt: sql`now()` })
        .where(and(eq(t.tenantId, tenantId), eq(t.documentId, documentId)))
        .returning();
      if (!row) throw notFound();
      return toCardRecord(document.kind, { ...row, filename: document.filename });
    });
  }
}
