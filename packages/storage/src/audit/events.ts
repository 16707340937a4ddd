import { and, desc, eq, getTableColumns, gte, lt, type SQL, sql } from "drizzle-orm";
import { type AuditVerdict, aiAuditEvents } from "../audit.sql";
import { decodeCursor, isUuid } from "../cursor";
import type { Db } from "../database-types";
import { afterCursor, keysetPage } from "../shared/keyset";
import { clampLimit, type Page } from "../shared/paging";
import { ensureTenant } from "../tenants";

export type AuditEvent = Omit<typeof aiAuditEvents.$inferSelect, "tenantId">;
export type NewAuditEvent = Omit<typeof aiAuditEvents.$inferInsert, "id" | "tenantId" | "createdAt">;
export type AuditKind = AuditEvent["kind"];

export interface AuditFilter {
  documentId?: string | undefined;
  jobId?: string | undefined;
  resumeId?: string | undefined;
  kind?: AuditKind | undefined;
  /** Events at or after this moment. */
  from?: Date | undefined;
  /** Events before this moment. */
  to?: Date | undefined;
}

export interface AuditPageOptions extends AuditFilter {
  /** 1..100, default 20. */
  limit?: number | undefined;
  cursor?: string | undefined;
}

const { tenantId: _tenant, ...publicColumns } = getTableColumns(aiAuditEvents);

/** Appends the rows of one piece of work (usually one); never updates another tenant's. */
export async function recordAuditEvents(db: Db, tenantId: string, events: NewAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await ensureTenant(db, tenantId);
  await db.insert(aiAuditEvents).values(events.map((event) => ({ ...event, tenantId })));
}

/**
 * The verifier's verdict on a tailoring's model answer, which is known a step after the call
 * (Verify): set on that tailoring's successful calls that have none yet.
 */
export async function setTailoringAuditVerdict(
  db: Db,
  tenantId: string,
  tailoringId: string,
  verdict: AuditVerdict,
): Promise<void> {
  if (!isUuid(tailoringId)) return;
  const e = aiAuditEvents;
  await db
    .update(e)
    .set({ verdict })
    .where(
      and(
        eq(e.tenantId, tenantId),
        eq(e.tailoringId, tailoringId),
        eq(e.kind, "tailoring"),
        eq(e.outcome, "ok"),
        sql`${e.verdict} is null`,
      ),
    );
}

/** null when an id filter cannot match any row (not a UUID): the answer is an empty page. */
function conditions(tenantId: string, filter: AuditFilter): SQL[] | null {
  const ids = [filter.documentId, filter.jobId, filter.resumeId];
  if (ids.some((id) => id !== undefined && !isUuid(id))) return null;
  const e = aiAuditEvents;
  return [
    eq(e.tenantId, tenantId),
    ...(filter.documentId === undefined ? [] : [eq(e.documentId, filter.documentId)]),
    ...(filter.jobId === undefined ? [] : [eq(e.jobId, filter.jobId)]),
    ...(filter.resumeId === undefined ? [] : [eq(e.resumeId, filter.resumeId)]),
    ...(filter.kind === undefined ? [] : [eq(e.kind, filter.kind)]),
    ...(filter.from === undefined ? [] : [gte(e.createdAt, filter.from)]),
    ...(filter.to === undefined ? [] : [lt(e.createdAt, filter.to)]),
  ];
}

/** Newest first, keyset-paged like every list; `total` counts the matches over all pages. */
export async function listAuditEvents(
  db: Db,
  tenantId: string,
  options: AuditPageOptions = {},
): Promise<Page<AuditEvent> & { total: number }> {
  const where = conditions(tenantId, options);
  if (where === null) return { items: [], nextCursor: null, total: 0 };
  const limit = clampLimit(options.limit);
  const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
  const e = aiAuditEvents;
  const [rows, total] = await Promise.all([
    db
      .select(publicColumns)
      .from(e)
      .where(and(...where, afterCursor(e.createdAt, e.id, cursor)))
      .orderBy(desc(e.createdAt), desc(e.id))
      .limit(limit + 1),
    countAuditEvents(db, tenantId, options),
  ]);
  return { ...keysetPage(rows, limit), total };
}

export async function countAuditEvents(db: Db, tenantId: string, filter: AuditFilter = {}): Promise<number> {
  const where = conditions(tenantId, filter);
  if (where === null) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(aiAuditEvents)
    .where(and(...where));
  return row?.count ?? 0;
}
