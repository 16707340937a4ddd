import { and, desc, eq, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { matchResults, matchSessions } from "../match.sql";
import { INSERT_BATCH, sessionNotFound as notFound, toSession } from "../match-sessions/rows";
import type { MatchSession, NewMatchResult } from "../match-sessions/types";
import type { RecordFailure } from "../records/types";

/** A step-2 candidate whose analysis failed: what its result row's `analysis` holds instead. */
export interface FailedAnalysis {
  failed: true;
  reason: string;
  /** The stable dotted code of `reason` (absent on failures stored before codes existed). */
  code?: string;
}

export function isFailedAnalysis(value: unknown): value is FailedAnalysis {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { failed?: unknown }).failed === true &&
    typeof (value as { reason?: unknown }).reason === "string"
  );
}

export interface NewDeepDiveSession {
  jobId: string;
  options?: unknown;
  /** The selected candidates with their step-1 rank, score and breakdown; analysis comes later. */
  candidates: NewMatchResult[];
}

export interface CandidateAnalysis {
  score: number;
  breakdown: unknown;
  analysis: unknown;
}

/**
 * Step-2 (deep dive) sessions: created with one result row per selected candidate, each row
 * filled by its analysis (or a failure), counted exactly once even when a step is retried.
 */
export function createDeepDiveSession(
  db: Db,
  tenantId: string,
  input: NewDeepDiveSession,
): Promise<MatchSession> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(matchSessions)
      .values({
        tenantId,
        jobId: input.jobId,
        kind: "step2",
        status: "running",
        options: input.options ?? {},
        total: input.candidates.length,
      })
      .returning();
    if (!row) throw new Error("match session insert returned no row");
    for (let i = 0; i < input.candidates.length; i += INSERT_BATCH) {
      await tx.insert(matchResults).values(
        input.candidates.slice(i, i + INSERT_BATCH).map((c) => ({
          ...c,
          sessionId: row.id,
          tenantId,
        })),
      );
    }
    return toSession(row);
  });
}

/** Stores a candidate's analysis; `done` counts it once (a retried step does not count twice). */
export function recordCandidateAnalysis(
  db: Db,
  tenantId: string,
  sessionId: string,
  resumeId: string,
  result: CandidateAnalysis,
): Promise<MatchSession> {
  return settleCandidate(db, tenantId, sessionId, resumeId, "done", {
    score: result.score,
    breakdown: result.breakdown,
    analysis: result.analysis,
  });
}

/** Counts a candidate as failed, keeping the reason on its result row. */
export function recordCandidateFailure(
  db: Db,
  tenantId: string,
  sessionId: string,
  resumeId: string,
  failure: RecordFailure,
): Promise<MatchSession> {
  const analysis: FailedAnalysis = { failed: true, reason: failure.reason, code: failure.code };
  return settleCandidate(db, tenantId, sessionId, resumeId, "failed", { analysis });
}

/** Marks a step-2 session done (its counts were kept as candidates settled). */
export async function finishDeepDiveSession(
  db: Db,
  tenantId: string,
  sessionId: string,
): Promise<MatchSession> {
  if (!isUuid(sessionId)) throw notFound(sessionId);
  const [row] = await db
    .update(matchSessions)
    .set({ status: "done", error: null, errorCode: null, updatedAt: sql`now()` })
    .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)))
    .returning();
  if (!row) throw notFound(sessionId);
  return toSession(row);
}

function settleCandidate(
  db: Db,
  tenantId: string,
  sessionId: string,
  resumeId: string,
  outcome: "done" | "failed",
  fields: { score?: number; breakdown?: unknown; analysis: unknown },
): Promise<MatchSession> {
  if (!isUuid(sessionId) || !isUuid(resumeId)) return Promise.reject(notFound(sessionId, resumeId));
  return db.transaction(async (tx) => {
    const where = and(
      eq(matchResults.tenantId, tenantId),
      eq(matchResults.sessionId, sessionId),
      eq(matchResults.resumeId, resumeId),
    );
    // The row lock serialises two attempts at the same candidate; the earlier outcome decides the count.
    const [current] = await tx
      .select({ analysis: matchResults.analysis })
      .from(matchResults)
      .where(where)
      .for("update");
    if (!current) throw notFound(sessionId, resumeId);
    const previous = current.analysis;
    const wasDone = previous !== null && !isFailedAnalysis(previous);
    const wasFailed = isFailedAnalysis(previous);
    if (outcome === "failed" && wasDone) {
      // A late failure report never erases an analysis that was stored.
      const [session] = await tx.select().from(matchSessions).where(eq(matchSessions.id, sessionId));
      if (!session) throw notFound(sessionId);
      return toSession(session);
    }
    await tx.update(matchResults).set(fields).where(where);
    const done = outcome === "done" && !wasDone ? 1 : 0;
    const failed = outcome === "failed" && !wasFailed ? 1 : outcome === "done" && wasFailed ? -1 : 0;
    const [session] = await tx
      .update(matchSessions)
      .set({
        done: sql`${matchSessions.done} + ${done}`,
        failed: sql`${matchSessions.failed} + ${failed}`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)))
      .returning();
    if (!session) throw notFound(sessionId);
    return toSession(session);
  });
}

/** A pair's newest step-2 analysis, from whichever deep dive of the job produced it. */
export interface LatestAnalysis {
  sessionId: string;
  analysis: unknown;
  analysedAt: Date;
}

export async function latestAnalysis(
  db: Db,
  tenantId: string,
  jobId: string,
  resumeId: string,
): Promise<LatestAnalysis | null> {
  if (!isUuid(jobId) || !isUuid(resumeId)) return null;
  const r = matchResults;
  const [row] = await db
    .select({ sessionId: r.sessionId, analysis: r.analysis, analysedAt: matchSessions.updatedAt })
    .from(r)
    .innerJoin(matchSessions, eq(matchSessions.id, r.sessionId))
    .where(
      and(
        eq(r.tenantId, tenantId),
        eq(r.resumeId, resumeId),
        eq(matchSessions.tenantId, tenantId),
        eq(matchSessions.jobId, jobId),
        eq(matchSessions.kind, "step2"),
        // Stored analyses only: a failed candidate's row holds {failed, reason} instead.
        sql`${r.analysis} is not null and ${r.analysis}->>'failed' is null`,
      ),
    )
    .orderBy(desc(matchSessions.createdAt))
    .limit(1);
  return row ? { ...row, analysis: row.analysis ?? null } : null;
}
