import type { Db } from "../database-types";
import type { MatchSession } from "../match-sessions/types";
import type { RecordFailure } from "../records/types";
import { bindDb } from "../shared/bind";
import {
  type CandidateAnalysis,
  createDeepDiveSession,
  finishDeepDiveSession,
  type LatestAnalysis,
  latestAnalysis,
  type NewDeepDiveSession,
  recordCandidateAnalysis,
  recordCandidateFailure,
} from "./analysis";

export {
  type CandidateAnalysis,
  type FailedAnalysis,
  isFailedAnalysis,
  type LatestAnalysis,
  type NewDeepDiveSession,
} from "./analysis";

/** Step 2: AI deep dives on selected candidates, each counted exactly once even when a step is retried. */
export interface DeepDiveStorage {
  /** A session (kind step2, running, total = candidates) with a result row per candidate. */
  createDeepDiveSession(tenantId: string, input: NewDeepDiveSession): Promise<MatchSession>;
  /** Stores a candidate's analysis on its result row; `done` counts each candidate once. */
  recordCandidateAnalysis(
    tenantId: string,
    sessionId: string,
    resumeId: string,
    result: CandidateAnalysis,
  ): Promise<MatchSession>;
  /** Counts a candidate as failed (once), keeping the reason; never erases a stored analysis. */
  recordCandidateFailure(
    tenantId: string,
    sessionId: string,
    resumeId: string,
    failure: RecordFailure,
  ): Promise<MatchSession>;
  /** Marks a step-2 session done. */
  finishDeepDiveSession(tenantId: string, sessionId: string): Promise<MatchSession>;
  /** A job × candidate pair's newest stored step-2 analysis; null when none. */
  latestAnalysis(tenantId: string, jobId: string, resumeId: string): Promise<LatestAnalysis | null>;
}

export function deepDiveStorage(db: Db): DeepDiveStorage {
  return bindDb(db, {
    createDeepDiveSession,
    recordCandidateAnalysis,
    recordCandidateFailure,
    finishDeepDiveSession,
    latestAnalysis,
  });
}
