import { and, asc, eq, gt, gte, isNull } from "drizzle-orm";
import { isUuid } from "./cursor";
import type { Db } from "./database";
import { jobs } from "./job.sql";
import type { CardChanges, ParsedCard } from "./match-types";
import { resumes } from "./resume.sql";

const DEFAULT_CARD_PAGE = 1000;
const MAX_CARD_PAGE = 10_000;

const cardColumns = {
  id: resumes.id,
  title: resumes.title,
  card: resumes.card,
  updatedAt: resumes.updatedAt,
};

/** Parsed, non-deleted resumes in id order: a keyset page for streaming a whole tenant. */
export async function listParsedResumeCards(
  db: Db,
  tenantId: string,
  options: { afterId?: string | undefined; limit?: number | undefined } = {},
): Promise<ParsedCard[]> {
  const limit = Math.min(MAX_CARD_PAGE, Math.max(1, Math.trunc(options.limit ?? DEFAULT_CARD_PAGE)));
  const after = options.afterId !== undefined && isUuid(options.afterId) ? options.afterId : undefined;
  const rows = await db
    .select(cardColumns)
    .from(resumes)
    .where(
      and(
        eq(resumes.tenantId, tenantId),
        eq(resumes.status, "parsed"),
        isNull(resumes.deletedAt),
        after === undefined ? undefined : gt(resumes.id, after),
      ),
    )
    .orderBy(asc(resumes.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, card: row.card ?? null }));
}

export async function listResumeChanges(db: Db, tenantId: string, since: Date): Promise<CardChanges> {
  const rows = await db
    .select({ ...cardColumns, status: resumes.status, deletedAt: resumes.deletedAt })
    .from(resumes)
    .where(and(eq(resumes.tenantId, tenantId), gte(resumes.updatedAt, since)))
    .orderBy(asc(resumes.updatedAt));
  const changes: CardChanges = { upserts: [], removed: [], watermark: since };
  for (const { status, deletedAt, ...row } of rows) {
    if (status === "parsed" && deletedAt === null && row.card !== null) changes.upserts.push(row);
    else changes.removed.push(row.id);
    if (row.updatedAt > changes.watermark) changes.watermark = row.updatedAt;
  }
  return changes;
}

export async function listOpenJobs(db: Db, tenantId: string): Promise<ParsedCard[]> {
  const rows = await db
    .select({ id: jobs.id, title: jobs.title, card: jobs.card, updatedAt: jobs.updatedAt })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.status, "parsed"), isNull(jobs.deletedAt)))
    .orderBy(asc(jobs.createdAt), asc(jobs.id));
  return rows.map((row) => ({ ...row, card: row.card ?? null }));
}
