import { candidateFeatures, NotFoundError, scoreCandidate } from "@futodama/core";
import type { LiveScore } from "@futodama/storage";
import type { MatchInput, MatchSummary } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { blendPair, embeddingsOf } from "../embeddings";
import { runMatchStep1 } from "../match/step1";
import { tenantWeighting } from "../match/tenant-weights";
import { queryOf } from "./job-queries";

/** Candidates a full step-1 run keeps in a job's live ranking (the step-1 maximum). */
export const LIVE_TOP = 500;

/** A new CV: scored against every open job of its tenant and upserted into their live rankings. */
export async function scoreResumeAgainstOpenJobs(
  deps: ServiceDeps,
  tenantId: string,
  resumeId: string,
): Promise<MatchSummary> {
  const resume = await deps.storage.getRecord(tenantId, "resume", resumeId);
  if (resume === null) throw new NotFoundError("resume.not_found", `No resume with id ${resumeId}`);
  if (resume.status !== "parsed" || resume.card === null) return { scored: 0 };
  const features = candidateFeatures(resume.card);
  const scores: LiveScore[] = [];
  // The weights the tenant's step-1 runs use (learned from its verdicts), so a CV scored on
  // arrival and one ranked by a full run read on the same scale in the live ranking.
  const { weights } = await tenantWeighting(deps, tenantId, undefined);
  const embeddings = await embeddingsOf(deps.storage, tenantId, "resume", resumeId);
  for (const job of await deps.storage.listOpenJobs(tenantId)) {
    const prepared = await queryOf(deps.storage, tenantId, job, weights);
    if (prepared === null) continue;
    const { query } = prepared;
    // The summaries' similarity as a full step-1 run blends it (docs/scoring.md); offline none.
    const result = blendPair(
      prepared.embeddings,
      embeddings,
      scoreCandidate(query, features),
      query.missingFactor,
    );
    scores.push({ jobId: job.id, score: result.score, breakdown: result.breakdown });
  }
  await deps.storage.upsertLiveScores(tenantId, resumeId, scores);
  return { scored: scores.length };
}

/** A job (new, or re-ranked): step 1 over every candidate, whose session seeds its live ranking. */
export async function rankJob(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
): Promise<{ sessionId: string; ranked: number }> {
  const session = await runMatchStep1(deps, tenantId, jobId, { top: LIVE_TOP });
  const ranked = await deps.storage.replaceLiveRanking(tenantId, jobId, session.id);
  return { sessionId: session.id, ranked };
}

/** DocumentIngest's Match step: ids in, a small summary out (at `$.match`). */
export async function matchDocumentStep(deps: ServiceDeps, state: MatchInput): Promise<MatchSummary> {
  if (state.kind === "resume") return scoreResumeAgainstOpenJobs(deps, state.tenantId, state.recordId);
  const { sessionId, ranked } = await rankJob(deps, state.tenantId, state.recordId);
  return { scored: ranked, sessionId };
}
