import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { jobs } from "../job.sql";
import { liveScores } from "../live-score.sql";
import { matchResults } from "../match.sql";
import { decodeRankCursor, encodeRankCursor } from "../match-cursor";
import { resumes } from "../resume.sql";
import { emptyPage, type MatchPageOptions, type Page } from "../shared/paging";

/** One job's score for a resume, as DocumentIngest's Match step writes it. */
export interface LiveScore {
  jobId: string;
  score: number;
  breakdown: unknown;
}

/** One row of a job's live ranking; `rank` is computed when read (1 = best). */
export interface LiveRankingEntry {
  rank: number;
  resumeId: string;
  score: number;
  breakdown: unknown;
  candidateName: string | null;
  filename: string;
  scoredAt: Date;
}

/** A job to rematch: ids only, so a Map over thousands of jobs stays well under 256 KiB. */
export interface OpenJobRef {
  tenantId: string;
  jobId: string;
}

const MAX_PAGE = 500;

/** A resume's scores against the open jobs: one row per (job, resume), replaced when rescored. */
export async function upsertLiveScores(
  db: Db,
  tenantId: string,
  resumeId: string,
  scores: LiveScore[],
): Promise<void> {
  if (scores.length === 0 || !isUuid(resumeId)) return;
  await db
    .insert(liveScores)
    .values(
      scores.map((s) => ({ tenantId, resumeId, jobId: s.jobId, score: s.score, breakdown: s.breakdown })),
    )
    .onConflictDoUpdate({
      target: [liveScores.jobId, liveScores.resumeId],
      set: {
        score: sql`excluded.score`,
        breakdown: sql`excluded.breakdown`,
        scoredAt: sql`now()`,
      },
    });
}

/**
 * A full step-1 run of a job (new job, Rematch) replaces its live ranking with the session's
 * results, in one transaction: the ranking reflects the codex and the candidates of now.
 */
export async function replaceLiveRanking(
  db: Db,
  tenantId: string,
  jobId: string,
  sessionId: string,
): Promise<number> {
  if (!isUuid(jobId) || !isUuid(sessionId)) return 0;
  return db.transaction(async (tx) => {
    await tx.delete(liveScores).where(and(eq(liveScores.tenantId, tenantId), eq(liveScores.jobId, jobId)));
    const r = matchResults;
    const inserted = await tx
      .insert(liveScores)
      .select(
        tx
          .select({
            tenantId: r.tenantId,
            jobId: sql<string>`${jobId}::uuid`.as("job_id"),
            resumeId: r.resumeId,
            score: r.score,
            breakdown: r.breakdown,
            scoredAt: sql<Date>`now()`.as("scored_at"),
          })
          .from(r)
          .where(and(eq(r.tenantId, tenantId), eq(r.sessionId, sessionId))),
      )
      .returning({ resumeId: liveScores.resumeId });
    return inserted.length;
  });
}

/** A job's live ranking, best first, without deleted candidates; paged by rank. */
export async function listLiveRanking(
  db: Db,
  tenantId: string,
  jobId: string,
  options: MatchPageOptions = {},
): Promise<Page<LiveRankingEntry>> {
  if (!isUuid(jobId)) return emptyPage();
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.trunc(options.limit ?? 50)));
  const afterRank = options.cursor ? decodeRankCursor(options.cursor) : 0;
  const s = liveScores;
  const rows = await db
    .select({
      resumeId: s.resumeId,
      score: s.score,
      breakdown: s.breakdown,
      scoredAt: s.scoredAt,
      candidateName: resumes.title,
      filename: documents.filename,
    })
    .from(s)
    .innerJoin(resumes, and(eq(resumes.id, s.resumeId), eq(resumes.tenantId, tenantId)))
    .innerJoin(documents, eq(documents.id, resumes.documentId))
    .where(and(eq(s.tenantId, tenantId), eq(s.jobId, jobId), isNull(resumes.deletedAt)))
    .orderBy(desc(s.score), asc(s.resumeId))
    .offset(afterRank)
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row, i) => ({ ...row, rank: afterRank + i + 1 }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank) : null };
}

/** A tenant's open jobs (parsed, not deleted), oldest first. */
export async function listOpenJobRefs(db: Db, tenantId: string): Promise<OpenJobRef[]> {
  return db
    .select({ tenantId: jobs.tenantId, jobId: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.status, "parsed"), isNull(jobs.deletedAt)))
    .orderBy(asc(jobs.createdAt), asc(jobs.id));
}

/** How many live scores each of a tenant's jobs holds (benchmarks, checks). */
export async function countLiveScores(db: Db, tenantId: string, jobIds: string[]): Promise<number> {
  const ids = jobIds.filter(isUuid);
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(liveScores)
    .where(and(eq(liveScores.tenantId, tenantId), inArray(liveScores.jobId, ids)));
  return row?.n ?? 0;
}
