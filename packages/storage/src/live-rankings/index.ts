import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import type { MatchPageOptions, Page } from "../shared/paging";
import {
  countLiveScores,
  type LiveRankingEntry,
  type LiveScore,
  listLiveRanking,
  listOpenJobRefs,
  type OpenJobRef,
  replaceLiveRanking,
  upsertLiveScores,
} from "./ranking";

export type { LiveRankingEntry, LiveScore, OpenJobRef } from "./ranking";

/** The live ranking of each open job (DocumentIngest's Match step, Rematch): one score per (job, resume). */
export interface LiveRankingStorage {
  /** Upserts a resume's scores against the open jobs. */
  upsertLiveScores(tenantId: string, resumeId: string, scores: LiveScore[]): Promise<void>;
  /** Replaces a job's live ranking with a completed step-1 session's results; returns the row count. */
  replaceLiveRanking(tenantId: string, jobId: string, sessionId: string): Promise<number>;
  /** A job's live ranking by score (rank computed), without deleted candidates. */
  listLiveRanking(
    tenantId: string,
    jobId: string,
    options?: MatchPageOptions,
  ): Promise<Page<LiveRankingEntry>>;
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
    countLiveScores,
    listOpenJobRefs,
  });
}
