import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../database-types";

/*
 * The `embedding` columns are pgvector's `vector` where the server has the extension and `real[]`
 * where it has not (migration 0018). Both go in and out as text, cast on the server: `[1,2]` for
 * a vector, `{1,2}` for an array. Which one a database has is read once from its catalogue.
 */

const kinds = new WeakMap<Db, Promise<boolean>>();

/** True when the embedding columns are pgvector's (then `<=>` searches; else the cosine is ours). */
export function hasPgvector(db: Db): Promise<boolean> {
  let kind = kinds.get(db);
  if (kind === undefined) {
    kind = rowsOf<{ type: string }>(
      db,
      sql`select format_type(atttypid,atttypmod) as type from pg_attribute where attrelid='skill_embeddings'::regclass and attname='embedding'`,
    ).then((rows) => rows[0]?.type === "vector");
    kinds.set(db, kind);
    kind.catch(() => kinds.delete(db)); // asked before migrating: ask again next time
  }
  return kind;
}

/** A vector as an SQL value of the column's type (the embedder's vectors are finite, unit length). */
export function vectorValue(vector: readonly number[], pgvector: boolean): SQL {
  return pgvector ? sql`${JSON.stringify(vector)}::vector` : sql`${`{${vector.join()}}`}::real[]`;
}

/** The column read as text (`[…]` or `{…}`) back into numbers. */
export function parseVector(text: string): number[] {
  return JSON.parse(`[${text.slice(1, -1)}]`) as number[];
}

/** The rows of a raw statement (PGlite and the Neon driver both answer `{ rows }`). */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Cosine of two vectors (the fallback of pgvector's `1 - (a <=> b)`). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
