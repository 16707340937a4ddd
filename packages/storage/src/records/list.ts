import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { CardTable } from "../card.sql";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { recordCounts } from "../record-count.sql";
import { clampLimit } from "../shared/paging";
import {
  afterListCursor,
  decodeListCursor,
  encodeListCursor,
  orderOf,
  sortKeyOf,
  sortValueOf,
} from "./list-order";
import { listWhere } from "./list-where";
import { cardTables, recordColumns, toCardRecord } from "./rows";
import type { DocumentKind, ListedRecord, ListFilter, ListPage, SummaryByKind } from "./types";

/** A list item's columns: its summary (a generated column), the card only when asked for. */
function listColumns(t: CardTable, withCard: boolean) {
  return { ...recordColumns(t), card: withCard ? t.card : sql<unknown>`null`, summary: t.summary };
}

export async function listRecords<K extends DocumentKind>(
  db: Db,
  tenantId: string,
  kind: K,
  filter: ListFilter = {},
): Promise<ListPage<ListedRecord<K>>> {
  const t: CardTable = cardTables[kind];
  const limit = clampLimit(filter.limit);
  const sort = filter.sort ?? "-createdAt";
  const key = sortKeyOf(sort);
  const cursor = filter.cursor ? decodeListCursor(filter.cursor, sort) : undefined;
  // A plain page's total rides along as a subquery of the kept counts: one statement, not two.
  const kept = fromKeptCounts(filter);
  const total = kept ? sql<string | null>`(${keptTotal(db, tenantId, kind, filter)})` : sql<null>`null`;
  const rows = await db
    .select({ ...listColumns(t, filter.withCard === true), total })
    .from(t)
    .innerJoin(documents, eq(documents.id, t.documentId))
    .where(sql`${listWhere(t, tenantId, filter)} and ${afterListCursor(t, key, cursor) ?? sql`true`}`)
    .orderBy(...orderOf(t, key))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ summary, total: _, ...row }) => ({
    ...toCardRecord(kind, row),
    // Built above from a card that was checked against its codex schema when it was stored.
    summary: summary as SummaryByKind[K] | null,
  })) as ListedRecord<K>[];
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeListCursor({ sort, value: sortValueOf(last, key), id: last.id })
      : null;
  const counted =
    kept && rows[0] ? Number(rows[0].total ?? 0) : await countRecords(db, tenantId, kind, filter);
  return { items, nextCursor, total: counted };
}

type CountFilter = Omit<ListFilter, "limit" | "cursor" | "sort" | "withCard">;

/**
 * Filters the kept counts answer: status, stage and origin (record_counts' key). A page's own
 * options (limit, cursor, sort, withCard) arrive here too, since listRecords passes its whole
 * filter, and say nothing about which records count.
 */
export function keptCountsAnswer(filter: CountFilter & Partial<ListFilter>): boolean {
  const { status, stage, origin, limit, cursor, sort, withCard, ...rest } = filter;
  return Object.values(rest).every(
    (value) => value === undefined || (Array.isArray(value) && value.length === 0),
  );
}

/**
 * How many records match: from the trigger-kept counts (a few rows) when the filter is only
 * status/stage/origin, which is what an unsearched list page asks; counted otherwise.
 */
export async function countRecords(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  filter: CountFilter = {},
): Promise<number> {
  if (!fromKeptCounts(filter)) return exactCount(db, tenantId, kind, filter);
  const [row] = await keptTotal(db, tenantId, kind, filter);
  return Number(row?.total ?? 0);
}

/** Whether the kept counts answer this filter's total (no search, only their keys). */
function fromKeptCounts(filter: CountFilter): boolean {
  return !filter.q?.trim() && keptCountsAnswer(filter);
}

/** The kept counts' sum for a filter they answer: a query alone, or a page's subquery. */
function keptTotal(db: Db, tenantId: string, kind: DocumentKind, filter: CountFilter) {
  const statuses = typeof filter.status === "string" ? [filter.status] : filter.status;
  return db
    .select({ total: sql<string | null>`sum(${recordCounts.count})` })
    .from(recordCounts)
    .where(
      and(
        eq(recordCounts.tenantId, tenantId),
        eq(recordCounts.kind, kind),
        statuses?.length ? inArray(recordCounts.status, [...statuses]) : undefined,
        filter.stage === undefined ? undefined : eq(recordCounts.stage, filter.stage),
        filter.origin === undefined ? undefined : eq(recordCounts.origin, filter.origin),
      ),
    );
}

/** count(*) over the records the filter matches (what record_counts must always agree with). */
export async function exactCount(
  db: Db,
  tenantId: string,
  kind: DocumentKind,
  filter: CountFilter = {},
): Promise<number> {
  const t = cardTables[kind];
  const where = listWhere(t, tenantId, filter);
  // The filename join is only needed when q may match a filename.
  const query = filter.q?.trim()
    ? db.select({ total: count() }).from(t).innerJoin(documents, eq(documents.id, t.documentId)).where(where)
    : db.select({ total: count() }).from(t).where(where);
  const [row] = await query;
  return row?.total ?? 0;
}
