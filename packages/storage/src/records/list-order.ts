import { InputError } from "@futodama/core";
import { asc, desc, type SQL, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import { recordSorts } from "../columns";
import { isUuid } from "../cursor";
import type { RecordSort } from "./types";

/*
 * Keyset paging in any of the list's orders: the cursor carries the order it was issued for,
 * the last row's sort value and its id (the tie-breaker), so a page never skips or repeats a
 * row and a cursor of one order is refused in another.
 */

interface SortKey {
  column: "createdAt" | "updatedAt" | "title";
  descending: boolean;
}

export function sortKeyOf(sort: RecordSort = "-createdAt"): SortKey {
  const descending = sort.startsWith("-");
  return { column: (descending ? sort.slice(1) : sort) as SortKey["column"], descending };
}

/** The sorted expression: titles as '' when absent (matches the `_tenant_title_idx` indexes). */
function sortExpression(t: CardTable, key: SortKey): SQL {
  if (key.column === "title") return sql`coalesce(${t.title}, '')`;
  return sql`${key.column === "createdAt" ? t.createdAt : t.updatedAt}`;
}

export function orderOf(t: CardTable, key: SortKey): SQL[] {
  const direction = key.descending ? desc : asc;
  return [direction(sortExpression(t, key)), direction(t.id)];
}

/** The cursor's value of a row: an ISO timestamp or the title. */
export function sortValueOf(
  row: { createdAt: Date; updatedAt: Date; title: string | null },
  key: SortKey,
): string {
  if (key.column === "title") return row.title ?? "";
  return (key.column === "createdAt" ? row.createdAt : row.updatedAt).toISOString();
}

interface ListCursor {
  sort: RecordSort;
  value: string;
  id: string;
}

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString("base64url");
}

function invalidCursor(value: string, cause?: unknown): InputError {
  return new InputError(
    "list.invalid_cursor",
    "The list cursor is not valid; start again from the first page",
    {
      details: { cursor: value },
      cause,
    },
  );
}

export function decodeListCursor(value: string, sort: RecordSort): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch (error) {
    throw invalidCursor(value, error);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor(value);
  const [cursorSort, sortValue, id] = parsed as unknown[];
  if (cursorSort !== sort || !recordSorts.includes(sort)) throw invalidCursor(value);
  if (typeof sortValue !== "string" || typeof id !== "string" || !isUuid(id)) throw invalidCursor(value);
  if (sortKeyOf(sort).column !== "title" && Number.isNaN(Date.parse(sortValue))) throw invalidCursor(value);
  return { sort, value: sortValue, id };
}

/** Rows after the cursor in the list's order: one row comparison, as the indexes are ordered. */
export function afterListCursor(t: CardTable, key: SortKey, cursor: ListCursor | undefined): SQL | undefined {
  if (cursor === undefined) return undefined;
  const value = key.column === "title" ? sql`${cursor.value}` : sql`${cursor.value}::timestamptz`;
  const row = sql`(${sortExpression(t, key)}, ${t.id})`;
  const after = sql`(${value}, ${cursor.id}::uuid)`;
  return key.descending ? sql`${row} < ${after}` : sql`${row} > ${after}`;
}
