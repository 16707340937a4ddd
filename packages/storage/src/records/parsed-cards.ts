import type { ResumeCardV1 } from "@futodama/core";
import { and, asc, eq, gt, gte, isNull, type SQL, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { jobs } from "../job.sql";
import { resumes } from "../resume.sql";
import { resumeErasures } from "../resume-erasure.sql";
import { holdsCardOf, storedCard } from "./cards";
import { openJobOf } from "./rows";
import type { CardByKind, CardChanges, DocumentKind, JobCard, ParsedCard, SeenVersion } from "./types";

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
): Promise<ParsedCard<ResumeCardV1>[]> {
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
        holdsCardOf("resume", resumes.card),
        after === undefined ? undefined : gt(resumes.id, after),
      ),
    )
    .orderBy(asc(resumes.id))
    .limit(limit);
  return typedCards("resume", rows);
}

export async function listResumeChanges(
  db: Db,
  tenantId: string,
  since: Date,
  seen: readonly SeenVersion[] = [],
): Promise<CardChanges> {
  const rows = await db
    .select({ ...cardColumns, status: resumes.status, deletedAt: resumes.deletedAt })
    .from(resumes)
    .where(
      and(
        eq(resumes.tenantId, tenantId),
        gte(resumes.updatedAt, since),
        seen.length > 0 ? notSeen(seen) : undefined,
      ),
    )
    .orderBy(asc(resumes.updatedAt));
  const changes: CardChanges = { upserts: [], removed: [], watermark: since };
  for (const { status, deletedAt, ...row } of rows) {
    const card = storedCard("resume", row.card);
    if (status === "parsed" && deletedAt === null && card !== null) changes.upserts.push({ ...row, card });
    else changes.removed.push(row.id);
    if (row.updatedAt > changes.watermark) changes.watermark = row.updatedAt;
  }
  // Erased CVs have no row left: their erasure is the change.
  const erasures = await db
    .select({ id: resumeErasures.resumeId, erasedAt: resumeErasures.erasedAt })
    .from(resumeErasures)
    .where(and(eq(resumeErasures.tenantId, tenantId), gte(resumeErasures.erasedAt, since)));
  for (const { id, erasedAt } of erasures) {
    changes.removed.push(id);
    if (erasedAt > changes.watermark) changes.watermark = erasedAt;
  }
  return changes;
}

/** Leaves out the versions the caller holds (one JSON parameter, so one statement text for any count). */
function notSeen(seen: readonly SeenVersion[]): SQL {
  const versions = JSON.stringify(seen.map((v) => ({ id: v.id, at: v.updatedAt.toISOString() })));
  return sql`not exists (select 1 from jsonb_to_recordset(${versions}::jsonb) as seen(id uuid, at timestamptz)
    where seen.id = ${resumes.id} and seen.at = date_trunc('milliseconds', ${resumes.updatedAt}))`;
}

export async function listOpenJobs(db: Db, tenantId: string): Promise<ParsedCard<JobCard>[]> {
  const rows = await db
    .select({ id: jobs.id, title: jobs.title, card: jobs.card, updatedAt: jobs.updatedAt })
    .from(jobs)
    .where(openJobOf(tenantId))
    .orderBy(asc(jobs.createdAt), asc(jobs.id));
  return typedCards("job", rows);
}

/** Rows whose card is the kind's codex card (a row holding anything else is not matchable). */
function typedCards<K extends DocumentKind>(
  kind: K,
  rows: { id: string; title: string | null; card: unknown; updatedAt: Date }[],
): ParsedCard<CardByKind[K]>[] {
  const typed: ParsedCard<CardByKind[K]>[] = [];
  for (const row of rows) {
    const card = storedCard(kind, row.card);
    if (card !== null) typed.push({ ...row, card });
  }
  return typed;
}
