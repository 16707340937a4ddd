import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Cursor, encodeCursor } from "../cursor";
import type { Page } from "./paging";

/**
 * Rows after a cursor in (created_at desc, id desc) order: a row comparison, which matches the
 * `(tenant, created_at desc, id desc)` indexes exactly. undefined (no condition) on the first page.
 */
export function afterCursor(
  createdAt: AnyPgColumn,
  id: AnyPgColumn,
  cursor: Cursor | undefined,
): SQL | undefined {
  if (cursor === undefined) return undefined;
  return sql`(${createdAt}, ${id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
}

/**
 * Rows after a position in ascending (time, id) order: the system scans' keyset (oldest first),
 * matching indexes on `(time, id)`. undefined (no condition) on the first page.
 */
export function afterAscending(
  time: AnyPgColumn,
  id: AnyPgColumn,
  after: { at: Date; id: string } | undefined,
): SQL | undefined {
  if (after === undefined) return undefined;
  return sql`(${time}, ${id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`;
}

/** A page from `limit + 1` rows read: the extra row only says there is a next page. */
export function keysetPage<T extends Cursor>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
