import { and, asc, desc, eq, gte } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { jobs } from "../job.sql";
import { liveScores } from "../live-score.sql";
import { decodeRankCursor, encodeRankCursor } from "../match-cursor";
import { openJobOf } from "../records/rows";
import { emptyPage, type Page } from "../shared/paging";
import type { LiveRankingOptions } from "./ranking";

/** One open job in a CV's live view; `rank` is computed when read (1 = the best fit). */
export interface LiveJobEntry {
  rank: number;
  jobId: string;
  title: string | null;
  score: number;
  breakdown: unknown;
  scoredAt: Date;
}

const MAX_PAGE = 500;

/** The open jobs a CV was scored against, best fit first (the same live_scores rows, read by resume). */
export async function listLiveJobsForResume(
  db: Db,
  tenantId: string,
  resumeId: string,
  options: LiveRankingOptions = {},
): Promise<Page<LiveJobEntry>> {
  if (!isUuid(resumeId)) return emptyPage();
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.trunc(options.limit ?? 50)));
  const afterRank = options.cursor ? decodeRankCursor(options.cursor) : 0;
  const s = liveScores;
  const rows = await db
    .select({
      jobId: s.jobId,
      title: jobs.title,
      score: s.score,
      breakdown: s.breakdown,
      scoredAt: s.scoredAt,
    })
    .from(s)
    .innerJoin(jobs, and(eq(jobs.id, s.jobId), openJobOf(tenantId)))
    .where(
      and(
        eq(s.tenantId, tenantId),
        eq(s.resumeId, resumeId),

        options.minScore === undefined ? undefined : gte(s.score, options.minScore),
      ),
    )
    .orderBy(desc(s.score), asc(s.jobId))
    .offset(afterRank)
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row, i) => ({ ...row, rank: afterRank + i + 1 }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank) : null };
}
