import { NotFoundError } from "@futodama/core";
import type { matchSessions } from "../match.sql";
import type { MatchSession } from "./types";

/** Rows per INSERT: 6 parameters each stays far below PostgreSQL's 65,535 per statement. */
export const INSERT_BATCH = 1000;

export const sessionNotFound = (sessionId: string, resumeId?: string) =>
  new NotFoundError(
    "match_session.not_found",
    resumeId ? "No such candidate in this match session" : "No such match session for this tenant",
    { details: resumeId ? { sessionId, resumeId } : { sessionId } },
  );

export function toSession(row: typeof matchSessions.$inferSelect): MatchSession {
  return { ...row, error: row.error ?? null, errorCode: row.errorCode ?? null };
}
