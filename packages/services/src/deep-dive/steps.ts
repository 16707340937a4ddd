import { candidateFeatures, jobQuery, scoreCandidate } from "@futodama/core";
import type {
  AnalyzeCandidateInput,
  AnalyzeCandidateOutput,
  FinishDeepDiveInput,
  FinishDeepDiveOutput,
  MarkCandidateFailedInput,
  MarkCandidateFailedOutput,
} from "@futodama/workflow";
import { actorOf, auditedModelCalls } from "../audit/record";
import type { ServiceDeps } from "../deps";
import { recordMetric } from "../ops/metrics";
import { failureOf } from "../shared/failure";
import { announceMatchSession } from "../webhooks/notify";
import { loadCvText, loadMatchableJob, loadMatchableResume } from "./inputs";

/*
 * The MatchDeepDive steps: ids in, ids and small results out. The analysis itself is stored on
 * the session's result row, never passed between states.
 */

/** One candidate: job + CV card + CV text → step 1 for the pair → analysis → stored, counted. */
export async function analyzeCandidateStep(
  deps: ServiceDeps,
  state: AnalyzeCandidateInput,
): Promise<AnalyzeCandidateOutput> {
  const { tenantId, sessionId, jobId, resumeId } = state;
  const job = await loadMatchableJob(deps, tenantId, jobId);
  const resume = await loadMatchableResume(deps, tenantId, resumeId);
  const text = await loadCvText(deps, tenantId, resume.record.documentId);
  // Step 1 again on the full features (CV text kept for evidence): the analysis starts from it.
  const step1 = scoreCandidate(jobQuery(job.card), candidateFeatures(resume.card));
  const analysis = await auditedModelCalls(
    deps,
    {
      tenantId,
      actor: actorOf(state.requestedBy),
      subject: { jobId, resumeId, sessionId, documentId: resume.record.documentId, documentKind: "resume" },
    },
    (onCall) => deps.analyzer.analyze(job.card, resume.card, text, step1, onCall),
  );
  await deps.storage.recordCandidateAnalysis(tenantId, sessionId, resumeId, {
    score: step1.score,
    breakdown: step1.breakdown,
    analysis,
  });
  return { resumeId, status: "done", score: analysis.score, verdict: analysis.verdict };
}

/** A candidate that could not be analysed (after retries): counted as failed, with the reason. */
export async function markCandidateFailed(
  deps: ServiceDeps,
  state: MarkCandidateFailedInput,
): Promise<MarkCandidateFailedOutput> {
  const failure = failureOf(state.failure);
  await deps.storage.recordCandidateFailure(state.tenantId, state.sessionId, state.resumeId, failure);
  return { resumeId: state.resumeId, status: "failed", reason: failure.reason };
}

/** Closes the session: done with its counts, or failed with the reason when `failure` is set. */
export async function finishDeepDiveStep(
  deps: ServiceDeps,
  state: FinishDeepDiveInput,
): Promise<FinishDeepDiveOutput> {
  if (state.failure !== undefined) {
    await deps.storage.failMatchSession(state.tenantId, state.sessionId, failureOf(state.failure));
    const session = await deps.storage.getMatchSession(state.tenantId, state.sessionId);
    if (session !== null) await announceMatchSession(deps, session, "step2");
    return {
      sessionId: state.sessionId,
      status: "failed",
      total: session?.total ?? state.resumeIds.length,
      done: session?.done ?? 0,
      failed: session?.failed ?? 0,
    };
  }
  const session = await deps.storage.finishDeepDiveSession(state.tenantId, state.sessionId);
  recordMetric(
    "match_step2_ms",
    { status: "done" },
    session.updatedAt.getTime() - session.createdAt.getTime(),
  );
  await announceMatchSession(deps, session, "step2");
  return {
    sessionId: session.id,
    status: "done",
    total: session.total,
    done: session.done,
    failed: session.failed,
  };
}
