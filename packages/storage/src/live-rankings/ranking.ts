import { and, asc, desc, eq, gte, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { jobs } from "../job.sql";
import { liveScores } from "../live-score.sql";
import { matchFeedback, matchResults, matchSessions } from "../match.sql";
import { decodeRankCursor, encodeRankCursor } from "../match-cursor";
import type { MatchVerdict } from "../match-sessions/types";
import { openJobOf } from "../records/rows";
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
  /** The latest recruiter verdict on this candidate in any session of the job; null when none. */
  verdict: MatchVerdict | null;
}

/** Paging of a live ranking, and the lowest score worth listing. */
export interface LiveRankingOptions extends MatchPageOptions {
  /** 0..100: only candidates scoring at least this. */
  minScore?: number | undefined;
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
  options: LiveRankingOptions = {},
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
      verdict: latestVerdict(tenantId, jobId, s.resumeId),
    })
    .from(s)
    .innerJoin(resumes, and(eq(resumes.id, s.resumeId), eq(resumes.tenantId, tenantId)))
    .innerJoin(documents, eq(documents.id, resumes.documentId))
    .where(
      and(
        eq(s.tenantId, tenantId),
        eq(s.jobId, jobId),
        isNull(resumes.deletedAt),
        options.minScore === undefined ? undefined : gte(s.score, options.minScore),
      ),
    )
    .orderBy(desc(s.score), asc(s.resumeId))
    .offset(afterRank)
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row, i) => ({ ...row, rank: afterRank + i + 1 }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank) : null };
}

/** The newest verdict on a candidate across the job's sessions (feedback keeps every verdict given). */
export function latestVerdict(
  tenantId: string,
  jobId: string,
  resumeId: AnyPgColumn,
): SQL<MatchVerdict | null> {
  const f = matchFeedback;
  return sql<MatchVerdict | null>`(select ${f.verdict} from ${f} inner join ${matchSessions} on ${matchSessions.id} = ${f.sessionId}
    where ${f.tenantId} = ${tenantId} and ${matchSessions.jobId} = ${jobId}::uuid and ${f.resumeId} = ${resumeId}
    order by ${f.createdAt} desc limit 1)`;
}

/** A tenant's open jobs (parsed, stage `open`, not deleted), oldest first. */
export async function listOpenJobRefs(db: Db, tenantId: string): Promise<OpenJobRef[]> {
  return db
    .select({ tenantId: jobs.tenantId, jobId: jobs.id })
    .from(jobs)
    .where(openJobOf(tenantId))
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

/** The newest verdict on one candidate for one job (any of its sessions); null when none. */
export async function latestVerdictOf(
  db: Db,
  tenantId: string,
  jobId: string,
  resumeId: string,
): Promise<MatchVerdict | null> {
  if (!isUuid(jobId) || !isUuid(resumeId)) return null;
  const f = matchFeedback;
  const [row] = await db
    .select({ verdict: f.verdict })
    .from(f)
    .innerJoin(matchSessions, eq(matchSessions.id, f.sessionId))
    .where(and(eq(f.tenantId, tenantId), eq(matchSessions.jobId, jobId), eq(f.resumeId, resumeId)))
    .orderBy(desc(f.createdAt))
    .limit(1);
  return row?.verdict ?? null;
}

/** One candidate's place in a job's live ranking (the rank listLiveRanking would give it); null when unranked. */
export async function liveRankOf(
  db: Db,
  tenantId: string,
  jobId: string,
  resumeId: string,
): Promise<{ rank: number; score: number; scoredAt: Date } | null> {
  if (!isUuid(jobId) || !isUuid(resumeId)) return null;
  const s = liveScores;
  const [own] = await db
    .select({ score: s.score, scoredAt: s.scoredAt })
    .from(s)
    .where(and(eq(s.tenantId, tenantId), eq(s.jobId, jobId), eq(s.resumeId, resumeId)));
  if (!own) return null;
  // Ahead of it: a higher score, or the same score and a smaller id (the listing's order).
  const [ahead] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(s)
    .innerJoin(resumes, and(eq(resumes.id, s.resumeId), eq(resumes.tenantId, tenantId)))
    .where(
      and(
        eq(s.tenantId, tenantId),
        eq(s.jobId, jobId),
        isNull(resumes.deletedAt),
        sql`(${s.score} > ${own.score} or (${s.score} = ${own.score} and ${s.resumeId} < ${resumeId}::uuid))`,
      ),
    );
  return { rank: (ahead?.n ?? 0) + 1, ...own };
}
