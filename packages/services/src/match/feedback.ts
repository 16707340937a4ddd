import { NotFoundError } from "@futodama/core";
import type { MatchFeedback } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import type { MatchFeedbackView } from "./sessions";

/** A candidate's current verdict in a session (the newest given), with the ones it replaced. */
export interface CurrentVerdictView extends MatchFeedbackView {
  /** Earlier verdicts on the same candidate in the same session, newest first. */
  history: MatchFeedbackView[];
}

export function toFeedbackView(feedback: MatchFeedback): MatchFeedbackView {
  return {
    id: feedback.id,
    sessionId: feedback.sessionId,
    resumeId: feedback.resumeId,
    verdict: feedback.verdict,
    notes: feedback.notes,
    createdBy: feedback.createdBy,
    createdAt: feedback.createdAt.toISOString(),
  };
}

/** Newest-first history → one current verdict per (session, candidate), history kept beside it. */
function currentVerdicts(history: MatchFeedback[]): CurrentVerdictView[] {
  const byPair = new Map<string, CurrentVerdictView>();
  for (const feedback of history) {
    const key = `${feedback.sessionId}/${feedback.resumeId}`;
    const current = byPair.get(key);
    if (current === undefined) byPair.set(key, { ...toFeedbackView(feedback), history: [] });
    else current.history.push(toFeedbackView(feedback));
  }
  return [...byPair.values()];
}

/** GET /api/match-sessions/{id}/feedback: the current verdicts of a session, newest first. */
export async function getSessionFeedback(
  deps: ServiceDeps,
  tenantId: string,
  sessionId: string,
): Promise<{ items: CurrentVerdictView[] }> {
  if ((await deps.storage.getMatchSession(tenantId, sessionId)) === null) {
    throw new NotFoundError("match_session.not_found", `No match session with id ${sessionId}`);
  }
  return { items: currentVerdicts(await deps.storage.listSessionFeedback(tenantId, sessionId)) };
}

/** GET /api/jobs/{jobId}/feedback: the current verdicts of every session of a job, newest first. */
export async function getJobFeedback(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
): Promise<{ items: CurrentVerdictView[] }> {
  if ((await deps.storage.getRecord(tenantId, "job", jobId)) === null) {
    throw new NotFoundError("job.not_found", `No job with id ${jobId}`);
  }
  return { items: currentVerdicts(await deps.storage.listJobFeedback(tenantId, jobId)) };
}
