import { and, desc, eq } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { matchFeedback, matchResults, matchSessions } from "../match.sql";
import type { MatchFeedback, MatchVerdict } from "./types";

/** Every verdict ever given, newest first; the first per (session, candidate) is the current one. */
const MAX_FEEDBACK = 5000;

/** A session's feedback (its whole history), newest first. */
export async function listSessionFeedback(
  db: Db,
  tenantId: string,
  sessionId: string,
): Promise<MatchFeedback[]> {
  if (!isUuid(sessionId)) return [];
  const f = matchFeedback;
  const rows = await db
    .select()
    .from(f)
    .where(and(eq(f.tenantId, tenantId), eq(f.sessionId, sessionId)))
    .orderBy(desc(f.createdAt), desc(f.id))
    .limit(MAX_FEEDBACK);
  return rows.map((row) => ({ ...row, notes: row.notes ?? null }));
}

/** The feedback of every session of a job (its whole history), newest first. */
export async function listJobFeedback(db: Db, tenantId: string, jobId: string): Promise<MatchFeedback[]> {
  if (!isUuid(jobId)) return [];
  const f = matchFeedback;
  const rows = await db
    .select({
      id: f.id,
      tenantId: f.tenantId,
      sessionId: f.sessionId,
      resumeId: f.resumeId,
      verdict: f.verdict,
      notes: f.notes,
      createdBy: f.createdBy,
      createdAt: f.createdAt,
    })
    .from(f)
    .innerJoin(matchSessions, eq(matchSessions.id, f.sessionId))
    .where(
      and(eq(f.tenantId, tenantId), eq(matchSessions.tenantId, tenantId), eq(matchSessions.jobId, jobId)),
    )
    .orderBy(desc(f.createdAt), desc(f.id))
    .limit(MAX_FEEDBACK);
  return rows.map((row) => ({ ...row, notes: row.notes ?? null }));
}

/** A current verdict with the breakdown the recruiter saw beside it (what a tenant's weights learn from). */
export interface VerdictWithBreakdown {
  verdict: MatchVerdict;
  breakdown: unknown;
}

/**
 * The tenant's current verdicts (the newest per session and candidate) on step-1 results, each
 * with that result's breakdown, newest first, at most `limit`.
 */
export async function listVerdictsWithBreakdowns(
  db: Db,
  tenantId: string,
  limit = MAX_FEEDBACK,
): Promise<VerdictWithBreakdown[]> {
  const f = matchFeedback;
  const r = matchResults;
  const current = db
    .selectDistinctOn([f.sessionId, f.resumeId], {
      verdict: f.verdict,
      breakdown: r.breakdown,
      createdAt: f.createdAt,
    })
    .from(f)
    .innerJoin(r, and(eq(r.sessionId, f.sessionId), eq(r.resumeId, f.resumeId), eq(r.tenantId, tenantId)))
    .where(eq(f.tenantId, tenantId))
    .orderBy(f.sessionId, f.resumeId, desc(f.createdAt), desc(f.id))
    .as("current");
  const rows = await db
    .select({ verdict: current.verdict, breakdown: current.breakdown })
    .from(current)
    .orderBy(desc(current.createdAt))
    .limit(limit);
  return rows;
}
