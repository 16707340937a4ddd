import { and, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import { documents } from "../document.sql";
import type { ListFilter } from "./types";

/** LIKE treats % and _ (and the escape character itself) as wildcards; user text must not. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `q` as a tsquery: every word, each as a prefix ("reac" finds React while typing). Words are
 * runs of letters and digits with the punctuation that joins them inside a token (node.js,
 * c++, c#); tsquery's operators are dropped, so no input can make the query a syntax error.
 */
export function prefixQuery(q: string): string | null {
  const words = q
    .split(/\s+/)
    .map((word) => word.replace(/[&|!():*<>'"\\]/g, ""))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `${word}:*`).join(" & ");
}

/** `q`: the card's words (full-text, GIN-indexed) or a substring of the title/name or filename. */
function matchesQuery(t: CardTable, q: string): SQL | undefined {
  const pattern = likePattern(q);
  const substring = or(ilike(t.title, pattern), ilike(documents.filename, pattern));
  const query = prefixQuery(q);
  if (query === null) return substring;
  return or(sql`${t.search} @@ to_tsquery('simple', ${query})`, substring);
}

/** Tenant scope, visibility and every filter, combined with and(...). */
export function listWhere(
  t: CardTable,
  tenantId: string,
  filter: Omit<ListFilter, "limit" | "cursor" | "sort" | "withCard">,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(t.tenantId, tenantId), isNull(t.deletedAt)];
  const statuses = typeof filter.status === "string" ? [filter.status] : filter.status;
  if (statuses !== undefined && statuses.length > 0) conditions.push(inArray(t.status, [...statuses]));
  if (filter.language !== undefined) conditions.push(eq(t.language, filter.language));
  if (filter.stage !== undefined) conditions.push(eq(t.stage, filter.stage));
  if (filter.origin !== undefined) conditions.push(eq(t.origin, filter.origin));
  if (filter.createdAfter !== undefined) conditions.push(gte(t.createdAt, filter.createdAfter));
  if (filter.createdBefore !== undefined) conditions.push(lt(t.createdAt, filter.createdBefore));
  if (filter.skills !== undefined && filter.skills.length > 0) {
    // jsonb containment: answered by the jsonb_path_ops GIN index on skill_ids.
    conditions.push(sql`${t.skillIds} @> ${JSON.stringify(filter.skills)}::jsonb`);
  }
  const q = filter.q?.trim();
  if (q) conditions.push(matchesQuery(t, q));
  return and(...conditions);
}
