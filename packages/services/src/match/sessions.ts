import { NotFoundError } from "@futodama/core";
import type { MatchPageOptions, MatchVerdict } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { toFeedbackView } from "./feedback";
import { type MatchSessionView, type MatchSessionWithResults, toSessionView, withResults } from "./views";

export async function getMatchSession(
  deps: ServiceDeps,
  tenantId: string,
  sessionId: string,
  page: MatchPageOptions = {},
): Promise<MatchSessionWithResults> {
  const session = await deps.storage.getMatchSession(tenantId, sessionId);
  // Another tenant's id is indistinguishable from an id that does not exist.
  if (session === null)
    throw new NotFoundError("match_session.not_found", `No match session with id ${sessionId}`);
  return withResults(session, await deps.storage.listMatchResults(tenantId, sessionId, page));
}

export async function listJobMatchSessions(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  page: MatchPageOptions = {},
): Promise<{ items: MatchSessionView[]; nextCursor: string | null }> {
  if ((await deps.storage.getRecord(tenantId, "job", jobId)) === null)
    throw new NotFoundError("job.not_found", `No job with id ${jobId}`);
  const sessions = await deps.storage.listMatchSessions(tenantId, jobId, page);
  return { items: sessions.items.map(toSessionView), nextCursor: sessions.nextCursor };
}

export interface FeedbackInput {
  resumeId: string;
  verdict: MatchVerdict;
  notes?: string | undefined;
  /** Who gave it (the token's subject). */
  createdBy: string;
}

export interface MatchFeedbackView {
  id: string;
  sessionId: string;
  resumeId: string;
  verdict: MatchVerdict;
  notes: string | null;
  createdBy: string;
  createdAt: string;
}

/** A recruiter's verdict on a candidate of a session (positive | negative | hired). */
export async function addFeedback(
  deps: ServiceDeps,
  tenantId: string,
  sessionId: string,
  input: FeedbackInput,
): Promise<MatchFeedbackView> {
  return toFeedbackView(await deps.storage.addMatchFeedback(tenantId, { sessionId, ...input }));
}
