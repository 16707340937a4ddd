import { candidateFeatures, jobQuery, NotFoundError, scoreCandidate } from "@futodama/core";
import type { LiveRankingOptions, MatchVerdict } from "@futodama/storage";
import { loadMatchableJob, loadMatchableResume } from "../deep-dive/inputs";
import type { ServiceDeps } from "../deps";
import { blendPair, embeddingsOf, withSimilarSkills } from "../embeddings";
import { tenantWeighting } from "./tenant-weights";
import { missingMustHaves } from "./views";

/* The live views of matching: a job's candidates, a CV's jobs, and one pair explained. */

const round = (score: number) => Math.round(score * 10) / 10;

export interface LiveCandidateView {
  rank: number;
  resumeId: string;
  name: string | null;
  filename: string;
  score: number;
  breakdown: unknown;
  missingMustHaves: string[];
  verdict: MatchVerdict | null;
  scoredAt: string;
}

export interface LiveJobView {
  rank: number;
  jobId: string;
  title: string | null;
  score: number;
  breakdown: unknown;
  missingMustHaves: string[];
  scoredAt: string;
}

export interface PairView {
  jobId: string;
  resumeId: string;
  name: string | null;
  score: number;
  breakdown: unknown;
  missingMustHaves: string[];
  /** The pair's row in the job's live ranking, when it has one. */
  live: { rank: number; score: number; scoredAt: string } | null;
  analysis: { sessionId: string; result: unknown; analysedAt: string } | null;
  verdict: MatchVerdict | null;
}

/** A job's live ranking, best first (GET /api/jobs/{id}/candidates). */
export async function listJobCandidates(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  options: LiveRankingOptions,
): Promise<{ items: LiveCandidateView[]; nextCursor: string | null }> {
  if ((await deps.storage.getRecord(tenantId, "job", jobId)) === null) {
    throw new NotFoundError("job.not_found", `No job with id ${jobId}`);
  }
  const page = await deps.storage.listLiveRanking(tenantId, jobId, options);
  return {
    items: page.items.map((entry) => ({
      rank: entry.rank,
      resumeId: entry.resumeId,
      name: entry.candidateName,
      filename: entry.filename,
      score: round(entry.score),
      breakdown: entry.breakdown,
      missingMustHaves: missingMustHaves(entry.breakdown),
      verdict: entry.verdict,
      scoredAt: entry.scoredAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/** The open jobs a CV fits best (GET /api/resumes/{id}/jobs). */
export async function listResumeJobs(
  deps: ServiceDeps,
  tenantId: string,
  resumeId: string,
  options: LiveRankingOptions,
): Promise<{ items: LiveJobView[]; nextCursor: string | null }> {
  if ((await deps.storage.getRecord(tenantId, "resume", resumeId)) === null) {
    throw new NotFoundError("resume.not_found", `No resume with id ${resumeId}`);
  }
  const page = await deps.storage.listLiveJobsForResume(tenantId, resumeId, options);
  return {
    items: page.items.map((entry) => ({
      rank: entry.rank,
      jobId: entry.jobId,
      title: entry.title,
      score: round(entry.score),
      breakdown: entry.breakdown,
      missingMustHaves: missingMustHaves(entry.breakdown),
      scoredAt: entry.scoredAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/**
 * One job × candidate pair (GET /api/jobs/{jobId}/candidates/{resumeId}): the full step-1
 * explanation scored now from both cards (so it is there for any pair, ranked or not), the pair's
 * live row, the newest step-2 analysis and the newest verdict.
 */
export async function explainPair(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  resumeId: string,
): Promise<PairView> {
  const job = await loadMatchableJob(deps, tenantId, jobId);
  const resume = await loadMatchableResume(deps, tenantId, resumeId);
  const { weights } = await tenantWeighting(deps, tenantId, undefined);
  const [jobEmbeddings, cvEmbeddings] = await Promise.all([
    embeddingsOf(deps.storage, tenantId, "job", jobId),
    embeddingsOf(deps.storage, tenantId, "resume", resumeId),
  ]);
  const query = await withSimilarSkills(deps.storage, jobEmbeddings, jobQuery(job.card, { weights }));
  const step1 = blendPair(
    jobEmbeddings,
    cvEmbeddings,
    scoreCandidate(query, candidateFeatures(resume.card)),
    query.missingFactor,
  );
  const [live, analysis, verdict] = await Promise.all([
    deps.storage.liveRankOf(tenantId, jobId, resumeId),
    deps.storage.latestAnalysis(tenantId, jobId, resumeId),
    deps.storage.latestVerdictOf(tenantId, jobId, resumeId),
  ]);
  return {
    jobId,
    resumeId,
    name: resume.record.title,
    score: round(step1.score),
    breakdown: step1.breakdown,
    missingMustHaves: missingMustHaves(step1.breakdown),
    live:
      live === null
        ? null
        : { rank: live.rank, score: round(live.score), scoredAt: live.scoredAt.toISOString() },
    analysis:
      analysis === null
        ? null
        : {
            sessionId: analysis.sessionId,
            result: analysis.analysis,
            analysedAt: analysis.analysedAt.toISOString(),
          },
    verdict,
  };
}
