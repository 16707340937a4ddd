import { and, desc, eq } from "drizzle-orm";
import { decodeCursor, isUuid } from "../cursor";
import type { Db } from "../database-types";
import { afterCursor, keysetPage } from "../shared/keyset";
import { clampLimit, emptyPage, type Page } from "../shared/paging";
import { tailorings } from "../tailoring.sql";
import { type TailoringRecord, toTailoringRecord } from "./tailorings";

export interface TailoringFilter {
  jobId?: string | undefined;
  resumeId?: string | undefined;
  /** 1..100, default 20. */
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** A tenant's tailorings, newest first, of one job and/or one CV when given. */
export async function listTailorings(
  db: Db,
  tenantId: string,
  filter: TailoringFilter = {},
): Promise<Page<TailoringRecord>> {
  if (
    (filter.jobId !== undefined && !isUuid(filter.jobId)) ||
    (filter.resumeId !== undefined && !isUuid(filter.resumeId))
  ) {
    return emptyPage();
  }
  const limit = clampLimit(filter.limit);
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const t = tailorings;
  const rows = await db
    .select()
    .from(t)
    .where(
      and(
        eq(t.tenantId, tenantId),
        filter.jobId === undefined ? undefined : eq(t.jobId, filter.jobId),
        filter.resumeId === undefined ? undefined : eq(t.resumeId, filter.resumeId),
        afterCursor(t.createdAt, t.id, cursor),
      ),
    )
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  return keysetPage(rows.map(toTailoringRecord), limit);
}
