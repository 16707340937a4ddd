import type { Db } from "../database-types";
import type { MatchVerdict } from "../match-sessions/types";
import { bindDb } from "../shared/bind";
import type { Page } from "../shared/paging";
import { type LiveJobEntry, listLiveJobsForResume } from "./jobs-for-resume";
import {
  countLiveScores,
  type LiveRankingEntry,
  type LiveRankingOptions,
  type LiveScore,
  latestVerdictOf,
  listLiveRanking,
  listOpenJobRefs,
  liveRankOf,
  type OpenJobRef,
  replaceLiveRanking,
  upsertLiveScores,
} from "./ranking";

export type { LiveJobEntry } from "./jobs-for-resume";
export type { LiveRankingEntry, LiveRankingOptions, LiveScore, OpenJobRef } from "./ranking";

/** The live ranking of each open job (DocumentIngest's Match step, Rematch): one score per (job, resume). */
export interface LiveRankingStorage {
  /** Upserts a resume's scores against the open jobs. */
  upsertLiveScores(tenantId: string, resumeId: string, scores: LiveScore[]): Promise<void>;
  /** Replaces a job's live ranking with a completed step-1 session's results; returns the row count. */
  replaceLiveRanking(tenantId: string, jobId: string, sessionId: string): Promise<number>;
  /** A job's live ranking by score (rank computed, `minScore` filtered), without deleted candidates, each with its latest verdict. */
  listLiveRanking(
    tenantId: string,
    jobId: string,
    options?: LiveRankingOptions,
  ): Promise<Page<LiveRankingEntry>>;
  /** The open jobs a CV was scored against, best fit first. */
  listLiveJobsForResume(
    tenantId: string,
    resumeId: string,
    options?: LiveRankingOptions,
  ): Promise<Page<LiveJobEntry>>;
  /** The newest recruiter verdict on a candidate in any session of the job; null when none. */
  latestVerdictOf(tenantId: string, jobId: string, resumeId: string): Promise<MatchVerdict | null>;
  /** One candidate's place in a job's live ranking; null when unranked. */
  liveRankOf(
    tenantId: string,
    jobId: string,
    resumeId: string,
  ): Promise<{ rank: number; score: number; scoredAt: Date } | null>;
  /** How many live scores the given jobs of a tenant hold. */
  countLiveScores(tenantId: string, jobIds: string[]): Promise<number>;
  /** A tenant's open jobs as ids (Rematch visits every tenant through `acrossTenants.listTenantIds`). */
  listOpenJobRefs(tenantId: string): Promise<OpenJobRef[]>;
}

export function liveRankingStorage(db: Db): LiveRankingStorage {
  return bindDb(db, {
    upsertLiveScores,
    replaceLiveRanking,
    listLiveRanking,
    listLiveJobsForResume,
    latestVerdictOf,
    liveRankOf,
    countLiveScores,
    listOpenJobRefs,
  });
}
