import {
  countLiveScores,
  type LiveRankingEntry,
  type LiveScore,
  listLiveRanking,
  listOpenJobRefs,
  type OpenJobRef,
  replaceLiveRanking,
  upsertLiveScores,
} from "./live-ranking";
import { MatchStorage } from "./match-storage";
import type { MatchPageOptions } from "./match-types";
import type { Page } from "./storage";

/** The live rankings of open jobs (see live-ranking.ts); DrizzleStorage extends it. */
export class LiveRankingStorage extends MatchStorage {
  upsertLiveScores(tenantId: string, resumeId: string, scores: LiveScore[]): Promise<void> {
    return upsertLiveScores(this.db, tenantId, resumeId, scores);
  }

  replaceLiveRanking(tenantId: string, jobId: string, sessionId: string): Promise<number> {
    return replaceLiveRanking(this.db, tenantId, jobId, sessionId);
  }

  listLiveRanking(
    tenantId: string,
    jobId: string,
    options?: MatchPageOptions,
  ): Promise<Page<LiveRankingEntry>> {
    return listLiveRanking(this.db, tenantId, jobId, options);
  }

  countLiveScores(tenantId: string, jobIds: string[]): Promise<number> {
    return countLiveScores(this.db, tenantId, jobIds);
  }

  listOpenJobRefs(tenantId?: string): Promise<OpenJobRef[]> {
    return listOpenJobRefs(this.db, tenantId);
  }
}
