import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { documentEmbeddings, skillEmbeddings } from "../embedding.sql";
import { cardTables } from "../records/rows";
import type { DocumentKind } from "../records/types";
import { bindDb } from "../shared/bind";
import { cosine, hasPgvector, parseVector, vectorValue } from "./vector-column";

export { cosine } from "./vector-column";

/** A taxonomy skill near a vector, by cosine. */
export interface NearSkill {
  skillId: string;
  cosine: number;
}

/**
 * Issue 14: embeddings, only written with an OpenAI key. Skill embeddings are taxonomy data
 * shared by every tenant (keyed by space and skill id, never re-embedded); a document's
 * (summary, requirements) are its tenant's and go with it on erasure.
 */
export interface EmbeddingStorage {
  /** Of these taxonomy skill ids, those with no embedding in `space` yet. */
  skillsWithoutEmbedding(space: string, skillIds: readonly string[]): Promise<string[]>;
  /** Stores skill embeddings; one already there is kept (the same skill in the same space). */
  saveSkillEmbeddings(
    space: string,
    items: ReadonlyArray<{ skillId: string; embedding: number[] }>,
  ): Promise<void>;
  skillEmbeddingsOf(space: string, skillIds: readonly string[]): Promise<Map<string, number[]>>;
  /**
   * The embedded skills nearest `embedding` at or above `minCosine`, nearest first (ties by id):
   * pgvector's `<=>` where the column is a vector, the same cosine in process where it is real[].
   * An exact search, not an approximate index: the same rows give the same answer.
   */
  nearestSkills(
    space: string,
    embedding: readonly number[],
    options: { limit: number; minCosine: number },
  ): Promise<NearSkill[]>;
  /** Replaces a document's embeddings (summary, requirements) with these. */
  saveDocumentEmbeddings(
    tenantId: string,
    documentId: string,
    space: string,
    items: ReadonlyArray<{ part: string; embedding: number[] }>,
  ): Promise<void>;
  /** A job's or CV's stored embeddings by part, with their space; null when it has none. */
  recordEmbeddings(
    tenantId: string,
    kind: DocumentKind,
    recordId: string,
  ): Promise<{ space: string; parts: Map<string, number[]> } | null>;
  /** The summary embeddings of these CVs in `space` (those that have one), by resume id. */
  resumeSummaryEmbeddings(
    tenantId: string,
    space: string,
    resumeIds: readonly string[],
  ): Promise<Map<string, number[]>>;
}

async function skillsWithoutEmbedding(db: Db, space: string, skillIds: readonly string[]): Promise<string[]> {
  if (skillIds.length === 0) return [];
  const have = await db
    .select({ skillId: skillEmbeddings.skillId })
    .from(skillEmbeddings)
    .where(and(eq(skillEmbeddings.space, space), inArray(skillEmbeddings.skillId, [...skillIds])));
  const known = new Set(have.map((r) => r.skillId));
  return [...new Set(skillIds)].filter((id) => !known.has(id));
}

async function saveSkillEmbeddings(
  db: Db,
  space: string,
  items: ReadonlyArray<{ skillId: string; embedding: number[] }>,
): Promise<void> {
  if (items.length === 0) return;
  const pgvector = await hasPgvector(db);
  const rows = items.map((i) => sql`(${space}, ${i.skillId}, ${vectorValue(i.embedding, pgvector)})`);
  await db.execute(
    sql`insert into skill_embeddings (space, skill_id, embedding) values ${sql.join(rows, sql`, `)}
        on conflict (space, skill_id) do nothing`,
  );
}

async function skillEmbeddingsOf(db: Db, space: string, skillIds: readonly string[]) {
  const out = new Map<string, number[]>();
  if (skillIds.length === 0) return out;
  const rows = await db
    .select({ skillId: skillEmbeddings.skillId, embedding: sql<string>`embedding::text` })
    .from(skillEmbeddings)
    .where(and(eq(skillEmbeddings.space, space), inArray(skillEmbeddings.skillId, [...skillIds])));
  for (const row of rows) out.set(row.skillId, parseVector(row.embedding));
  return out;
}

async function nearestSkills(
  db: Db,
  space: string,
  embedding: readonly number[],
  options: { limit: number; minCosine: number },
): Promise<NearSkill[]> {
  if (options.limit <= 0) return [];
  const inSpace = eq(skillEmbeddings.space, space);
  if (await hasPgvector(db)) {
    const distance = sql`embedding <=> ${vectorValue(embedding, true)}`;
    const rows = await db
      .select({ skillId: skillEmbeddings.skillId, distance: sql<number | string>`${distance}` })
      .from(skillEmbeddings)
      .where(and(inSpace, sql`${distance} <= ${1 - options.minCosine}`))
      .orderBy(distance, skillEmbeddings.skillId)
      .limit(options.limit);
    return rows.map((r) => ({ skillId: r.skillId, cosine: 1 - Number(r.distance) }));
  }
  const rows = await db
    .select({ skillId: skillEmbeddings.skillId, embedding: sql<string>`embedding::text` })
    .from(skillEmbeddings)
    .where(inSpace);
  return rows
    .map((r) => ({ skillId: r.skillId, cosine: cosine(embedding, parseVector(r.embedding)) }))
    .filter((r) => r.cosine >= options.minCosine)
    .sort((a, b) => b.cosine - a.cosine || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0))
    .slice(0, options.limit);
}

async function saveDocumentEmbeddings(
  db: Db,
  tenantId: string,
  documentId: string,
  space: string,
  items: ReadonlyArray<{ part: string; embedding: number[] }>,
): Promise<void> {
  const pgvector = await hasPgvector(db);
  await db.transaction(async (tx) => {
    await tx
      .delete(documentEmbeddings)
      .where(and(eq(documentEmbeddings.tenantId, tenantId), eq(documentEmbeddings.documentId, documentId)));
    for (const item of items) {
      // Only into a document of this tenant: the select finds nothing otherwise.
      await tx.execute(
        sql`insert into document_embeddings (tenant_id, document_id, part, space, embedding)
            select ${tenantId}, ${documents.id}, ${item.part}, ${space}, ${vectorValue(item.embedding, pgvector)}
            from ${documents} where ${documents.id} = ${documentId}::uuid and ${documents.tenantId} = ${tenantId}`,
      );
    }
  });
}

async function recordEmbeddings(db: Db, tenantId: string, kind: DocumentKind, recordId: string) {
  const t = cardTables[kind];
  const rows = await db
    .select({
      part: documentEmbeddings.part,
      space: documentEmbeddings.space,
      embedding: sql<string>`${documentEmbeddings}.embedding::text`,
    })
    .from(documentEmbeddings)
    .innerJoin(t, eq(t.documentId, documentEmbeddings.documentId))
    .where(and(eq(documentEmbeddings.tenantId, tenantId), eq(t.tenantId, tenantId), eq(t.id, recordId)));
  const space = rows[0]?.space;
  if (space === undefined) return null;
  const parts = new Map<string, number[]>();
  for (const row of rows) if (row.space === space) parts.set(row.part, parseVector(row.embedding));
  return { space, parts };
}

async function resumeSummaryEmbeddings(
  db: Db,
  tenantId: string,
  space: string,
  resumeIds: readonly string[],
) {
  const out = new Map<string, number[]>();
  if (resumeIds.length === 0) return out;
  const t = cardTables.resume;
  const rows = await db
    .select({ id: t.id, embedding: sql<string>`${documentEmbeddings}.embedding::text` })
    .from(documentEmbeddings)
    .innerJoin(t, eq(t.documentId, documentEmbeddings.documentId))
    .where(
      and(
        eq(documentEmbeddings.tenantId, tenantId),
        eq(t.tenantId, tenantId),
        inArray(t.id, [...resumeIds]),
        eq(documentEmbeddings.part, "summary"),
        eq(documentEmbeddings.space, space),
      ),
    );
  for (const row of rows) out.set(row.id, parseVector(row.embedding));
  return out;
}

export function embeddingStorage(db: Db): EmbeddingStorage {
  return bindDb(db, {
    skillsWithoutEmbedding,
    saveSkillEmbeddings,
    skillEmbeddingsOf,
    nearestSkills,
    saveDocumentEmbeddings,
    recordEmbeddings,
    resumeSummaryEmbeddings,
  });
}
