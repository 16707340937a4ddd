/** The match records of the Storage contract (see storage.ts). */

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
}

export interface MatchPageOptions {
  /** 1..500 for results, 1..100 for sessions; defaults 50 and 20. */
  limit?: number | undefined;
  /** Opaque cursor from a previous page's nextCursor. */
  cursor?: string | undefined;
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

/** A parsed, non-deleted record's card, for building a candidate index or listing open jobs. */
export interface ParsedCard {
  id: string;
  title: string | null;
  card: unknown;
  updatedAt: Date;
}

/** What changed since a moment: parsed cards to (re)index and ids to drop. */
export interface CardChanges {
  upserts: ParsedCard[];
  removed: string[];
  /** Pass back as `since` next time (the newest updated_at seen, or the one given). */
  watermark: Date;
}
