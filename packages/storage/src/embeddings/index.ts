import { sql } from "drizzle-orm";
import type { Db } from "../database-types";
import { cardTables } from "../records/rows";
import type { DocumentKind } from "../records/types";
import { bindDb } from "../shared/bind";
import { cosine, hasPgvector, parseVector, rowsOf, vectorValue } from "./vector-column";

export { cosine } from "./vector-column";

/** A taxonomy skill near a vector, by cosine. */
export interface NearSkill {
  skillId: string;
  cosine: number;
}

/** A job's or CV's stored embeddings by part (`summary`, `requirement:…`), all in one space. */
export interface RecordEmbeddings {
  space: string;
  parts: Map<string, number[]>;
}

/**
 * Issue 14: embeddings, only written with an OpenAI key. Skill embeddings are taxonomy data
 * shared by every tenant (keyed by space and skill id, never re-embedded); a document's
 * (summary, requirements) are its tenant's and go with it on erasure.
 */
export interface EmbeddingStorage {
  /** Stores skill embeddings; one already there is kept (the same skill in the same space). */
  saveSkillEmbeddings(
    space: string,
    items: ReadonlyArray<{ skillId: string; embedding: number[] }>,
  ): Promise<void>;
  /** The embeddings these taxonomy skills have in `space` (those that have one). */
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
  /** The stored embeddings of these jobs or CVs of the tenant, by record id (those that have any). */
  recordEmbeddings(
    tenantId: string,
    kind: DocumentKind,
    recordIds: readonly string[],
  ): Promise<Map<string, RecordEmbeddings>>;
}

/*
 * Raw SQL over the two tables (embedding.sql.ts declares them for the migrations): the column
 * drizzle does not know is in every statement, and this module stays small in every function.
 */
async function saveSkillEmbeddings(
  db: Db,
  space: string,
  items: ReadonlyArray<{ skillId: string; embedding: number[] }>,
): Promise<void> {
  if (items.length === 0) return;
  const pgvector = await hasPgvector(db);
  const rows = items.map((i) => sql`(${space},${i.skillId},${vectorValue(i.embedding, pgvector)})`);
  await db.execute(
    sql`insert into skill_embeddings(space,skill_id,embedding) values ${sql.join(rows, sql`,`)} on conflict do nothing`,
  );
}

async function skillEmbeddingsOf(db: Db, space: string, skillIds: readonly string[]) {
  const out = new Map<string, number[]>();
  if (skillIds.length === 0) return out;
  const rows = await rowsOf<{ id: string; v: string }>(
    db,
    sql`select skill_id id,embedding::text v from skill_embeddings where space=${space} and skill_id in ${[...skillIds]}`,
  );
  for (const row of rows) out.set(row.id, parseVector(row.v));
  return out;
}

async function nearestSkills(
  db: Db,
  space: string,
  embedding: readonly number[],
  options: { limit: number; minCosine: number },
): Promise<NearSkill[]> {
  if (await hasPgvector(db)) {
    const distance = sql`embedding<=>${vectorValue(embedding, true)}`;
    const rows = await rowsOf<{ id: string; d: number | string }>(
      db,
      sql`select skill_id id,${distance} d from skill_embeddings where space=${space} and ${distance}<=${1 - options.minCosine} order by 2,1 limit ${options.limit}`,
    );
    return rows.map((r) => ({ skillId: r.id, cosine: 1 - Number(r.d) }));
  }
  const rows = await rowsOf<{ id: string; v: string }>(
    db,
    sql`select skill_id id,embedding::text v from skill_embeddings where space=${space}`,
  );
  return rows
    .map((r) => ({ skillId: r.id, cosine: cosine(embedding, parseVector(r.v)) }))
    .filter((r) => r.cosine >= options.minCosine)
    .sort((a, b) => b.cosine - a.cosine || (a.skillId < b.skillId ? -1 : 1))
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
    await tx.execute(
      sql`delete from document_embeddings where tenant_id=${tenantId} and document_id=${documentId}::uuid`,
    );
    for (const item of items) {
      // Only into a document of this tenant: the select finds nothing otherwise.
      await tx.execute(
        sql`insert into document_embeddings(tenant_id,document_id,part,space,embedding) select tenant_id,id,${item.part},${space},${vectorValue(item.embedding, pgvector)} from documents where id=${documentId}::uuid and tenant_id=${tenantId}`,
      );
    }
  });
}

async function recordEmbeddings(db: Db, tenantId: string, kind: DocumentKind, recordIds: readonly string[]) {
  const out = new Map<string, RecordEmbeddings>();
  if (recordIds.length === 0) return out;
  const rows = await rowsOf<{ id: string; part: string; space: string; v: string }>(
    db,
    sql`select r.id,e.part,e.space,e.embedding::text v from document_embeddings e join ${cardTables[kind]} r on r.document_id=e.document_id where e.tenant_id=${tenantId} and r.tenant_id=${tenantId} and r.id in ${[...recordIds]}`,
  );
  for (const row of rows) {
    const record = out.get(row.id) ?? { space: row.space, parts: new Map() };
    out.set(row.id, record);
    if (row.space === record.space) record.parts.set(row.part, parseVector(row.v));
  }
  return out;
}

export function embeddingStorage(db: Db): EmbeddingStorage {
  return bindDb(db, {
    saveSkillEmbeddings,
    skillEmbeddingsOf,
    nearestSkills,
    saveDocumentEmbeddings,
    recordEmbeddings,
  });
}
