import { ConflictError, isAppError, jobQuery, type MatchWeights, NotFoundError } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { embeddingsOf, summaryBlender, withSimilarSkills } from "../embeddings";
import { genericFailureCodes } from "../shared/failure";
import { rankTenantCandidates } from "./fan-out";
import { tenantWeighting } from "./tenant-weights";
import { type MatchSessionWithResults, withResults } from "./views";

export const DEFAULT_TOP = 50;
export const MAX_TOP = 500;
/** Results returned with the session; the rest are read page by page. */
const FIRST_PAGE = 50;

export interface MatchStep1Options {
  /** How many candidates to keep (default 50, at most 500). */
  top?: number | undefined;
  /** Per-job overrides of the codex category weights. */
  weights?: Partial<MatchWeights> | undefined;
}

/**
 * Step 1: ranks every parsed candidate of the tenant for one job — over the in-memory index, or
 * across the tenant's shards (fan-out.ts) — explains the top N category by category, and stores
 * the session with its results.
 */
export async function runMatchStep1(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  options: MatchStep1Options = {},
): Promise<MatchSessionWithResults> {
  const job = await deps.storage.getRecord(tenantId, "job", jobId);
  if (job === null) throw new NotFoundError("job.not_found", `No job with id ${jobId}`);
  if (job.status !== "parsed" || job.card === null) {
    throw new ConflictError(
      "match.job_not_ready",
      job.status === "failed"
        ? `The job could not be parsed (${job.error ?? "unknown reason"}); it cannot be matched`
        : `The job is still ${job.status}; match it once it is parsed`,
      { details: { jobId, status: job.status } },
    );
  }
  const top = Math.min(MAX_TOP, Math.max(1, Math.trunc(options.top ?? DEFAULT_TOP)));
  const weighting = await tenantWeighting(deps, tenantId, options.weights);
  // Skills similar by embeddings join each requirement; with none stored the query is unchanged.
  const stored = await embeddingsOf(deps.storage, tenantId, "job", jobId);
  const query = await withSimilarSkills(
    deps.storage,
    stored,
    jobQuery(job.card, { weights: weighting.weights }),
  );
  const session = await deps.storage.createMatchSession(tenantId, {
    jobId,
    kind: "step1",
    status: "running",
    options: { top, ...(options.weights ? { weights: options.weights } : {}), weighting },
  });
  try {
    // The summaries' similarity is blended into the top N and may re-rank it (docs/scoring.md);
    // offline it changes nothing and the order is topK's (score, then id).
    const results = await rankTenantCandidates(deps, tenantId, query, top, (ids) =>
      summaryBlender(deps.storage, tenantId, stored, ids, query.missingFactor),
    );
    const done = await deps.storage.completeMatchSession(tenantId, session.id, results);
    const page = await deps.storage.listMatchResults(tenantId, session.id, { limit: FIRST_PAGE });
    return withResults(done, page);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = isAppError(error) ? error.code : genericFailureCodes.stepFailed;
    await deps.storage.failMatchSession(tenantId, session.id, { code, reason }).catch(() => undefined);
    throw error;
  }
}
