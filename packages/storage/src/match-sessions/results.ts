import { NotFoundError } from "@futodama/core";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { matchFeedback, matchResults } from "../match.sql";
import { decodeRankCursor, encodeRankCursor } from "../match-cursor";
import { resumes } from "../resume.sql";
import { emptyPage, type MatchPageOptions, type Page } from "../shared/paging";
import { sessionNotFound } from "./rows";
import { getMatchSession } from "./sessions";
import type { MatchFeedback, MatchResultRecord, NewMatchFeedback } from "./types";

const MAX_RESULTS_PAGE = 500;

/** A session's results by rank (best first); results of deleted resumes are left out. */
export async function listMatchResults(
  db: Db,
  tenantId: string,
  sessionId: string,
  options: MatchPageOptions = {},
): Promise<Page<MatchResultRecord>> {
  if (!isUuid(sessionId)) return emptyPage();
  const limit = Math.min(MAX_RESULTS_PAGE, Math.max(1, Math.trunc(options.limit ?? 50)));
  const afterRank = options.cursor ? decodeRankCursor(options.cursor) : undefined;
  const r = matchResults;
  const rows = await db
    .select({
      sessionId: r.sessionId,
      resumeId: r.resumeId,
      rank: r.rank,
      score: r.score,
      breakdown: r.breakdown,
      analysis: r.analysis,
      candidateName: resumes.title,
      filename: documents.filename,
    })
    .from(r)
    .innerJoin(resumes, and(eq(resumes.id, r.resumeId), eq(resumes.tenantId, tenantId)))
    .innerJoin(documents, eq(documents.id, resumes.documentId))
    .where(
      and(
        eq(r.tenantId, tenantId),
        eq(r.sessionId, sessionId),
        isNull(resumes.deletedAt),
        afterRank === undefined ? undefined : gt(r.rank, afterRank),
      ),
    )
    .orderBy(asc(r.rank))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row) => ({ ...row, analysis: row.analysis ?? null }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank) : null };
}

/** Throws NotFoundError (match_session.not_found / resume.not_found) outside the tenant. */
export async function addMatchFeedback(
  db: Db,
  tenantId: string,
  input: NewMatchFeedback,
): Promise<MatchFeedback> {
  if (!(await getMatchSession(db, tenantId, input.sessionId))) throw sessionNotFound(input.sessionId);
  const [resume] = isUuid(input.resumeId)
    ? await db
        .select({ id: resumes.id })
        .from(resumes)
        .where(and(eq(resumes.tenantId, tenantId), eq(resumes.id, input.resumeId), isNull(resumes.deletedAt)))
    : [];
  if (!resume)
    throw new NotFoundError("resume.not_found", "No such resume for this tenant", {
      details: { resumeId: input.resumeId },
    });
  const [row] = await db
    .insert(matchFeedback)
    .values({
      tenantId,
      sessionId: input.sessionId,
      resumeId: input.resumeId,
      verdict: input.verdict,
      notes: input.notes ?? null,
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error("match feedback insert returned no row");
  return { ...row, notes: row.notes ?? null };
}
