/** The match records of the Storage contract. */

export type MatchKind = "step1" | "step2";
export type MatchStatus = "queued" | "running" | "done" | "failed";
export type MatchVerdict = "positive" | "negative" | "hired";

export interface MatchSession {
  id: string;
  tenantId: string;
  jobId: string;
  kind: MatchKind;
  status: MatchStatus;
  /** What the session was asked for (top N, weights…), as given. */
  options: unknown;
  total: number;
  done: number;
  failed: number;
  error: string | null;
  /** The stable dotted code of `error`; null unless failed. */
  errorCode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewMatchSession {
  jobId: string;
  kind: MatchKind;
  /** Default "running": step 1 completes in the same request. */
  status?: MatchStatus;
  options?: unknown;
  total?: number;
}

export interface NewMatchResult {
  resumeId: string;
  /** 1 = best. Unique per session. */
  rank: number;
  score: number;
  breakdown: unknown;
}

export interface MatchResultRecord {
  sessionId: string;
  resumeId: string;
  rank: number;
  score: number;
  breakdown: unknown;
  analysis: unknown | null;
  /** The candidate's name as parsed (null when the parser found none). */
  candidateName: string | null;
  filename: string;
  /** The current verdict (the newest feedback on this candidate in this session); null when none. */
  verdict: MatchVerdict | null;
}

export interface NewMatchFeedback {
  sessionId: string;
  resumeId: string;
  verdict: MatchVerdict;
  notes?: string | null | undefined;
  /** The token's subject. */
  createdBy: string;
}

export interface MatchFeedback {
  id: string;
  tenantId: string;
  sessionId: string;
  resumeId: string;
  verdict: MatchVerdict;
  notes: string | null;
  createdBy: string;
  createdAt: Date;
}
