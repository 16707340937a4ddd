import type { Db } from "../database-types";
import type { RecordFailure } from "../records/types";
import { bindDb } from "../shared/bind";
import type { MatchPageOptions, Page } from "../shared/paging";
import {
  listJobFeedback,
  listSessionFeedback,
  listVerdictsWithBreakdowns,
  type VerdictWithBreakdown,
} from "./feedback";
import { addMatchFeedback, listMatchResults } from "./results";
import {
  completeMatchSession,
  createMatchSession,
  failMatchSession,
  getMatchSession,
  listMatchSessions,
} from "./sessions";
import type {
  MatchFeedback,
  MatchResultRecord,
  MatchSession,
  NewMatchFeedback,
  NewMatchResult,
  NewMatchSession,
} from "./types";

export type { VerdictWithBreakdown } from "./feedback";
export type * from "./types";

/** Step-1 match sessions, their ranked results and recruiter feedback. */
export interface MatchSessionStorage {
  createMatchSession(tenantId: string, input: NewMatchSession): Promise<MatchSession>;
  /** Stores every result (batched) and marks the session done, in one transaction. */
  completeMatchSession(tenantId: string, sessionId: string, results: NewMatchResult[]): Promise<MatchSession>;
  failMatchSession(tenantId: string, sessionId: string, failure: RecordFailure): Promise<void>;
  getMatchSession(tenantId: string, sessionId: string): Promise<MatchSession | null>;
  /** A job's sessions, newest first. */
  listMatchSessions(tenantId: string, jobId: string, options?: MatchPageOptions): Promise<Page<MatchSession>>;
  /** A session's results by rank (best first); results of deleted resumes are left out. */
  listMatchResults(
    tenantId: string,
    sessionId: string,
    options?: MatchPageOptions,
  ): Promise<Page<MatchResultRecord>>;
  /** Throws NotFoundError (match_session.not_found / resume.not_found) outside the tenant. */
  addMatchFeedback(tenantId: string, input: NewMatchFeedback): Promise<MatchFeedback>;
  /** A session's feedback history, newest first (the first per candidate is the current verdict). */
  listSessionFeedback(tenantId: string, sessionId: string): Promise<MatchFeedback[]>;
  /** The feedback history of every session of a job, newest first. */
  listJobFeedback(tenantId: string, jobId: string): Promise<MatchFeedback[]>;
  /** The tenant's current verdicts with the breakdowns they judged, newest first. */
  listVerdictsWithBreakdowns(tenantId: string, limit?: number): Promise<VerdictWithBreakdown[]>;
}

export function matchSessionStorage(db: Db): MatchSessionStorage {
  return bindDb(db, {
    createMatchSession,
    completeMatchSession,
    failMatchSession,
    getMatchSession,
    listMatchSessions,
    listMatchResults,
    addMatchFeedback,
    listSessionFeedback,
    listJobFeedback,
    listVerdictsWithBreakdowns,
  });
}
