import {
  type BlendedResult,
  blendSummarySimilarity,
  type MatchResult,
  similarityRules,
} from "@futodama/core";
import { cosine, type Storage } from "@futodama/storage";
import type { StoredEmbeddings } from "./similar-skills";

/*
 * The summaries' similarity (issue 14): a step-1 result blended with the cosine of the job's and
 * the CV's summary embeddings (core blendSummarySimilarity), when both have one in the same
 * space. Without them (offline) the result is returned as it is.
 */

/** One pair: the job's and the CV's stored embeddings. */
export function blendPair(
  job: StoredEmbeddings,
  cv: StoredEmbeddings,
  result: MatchResult,
  missingFactor: number,
): BlendedResult {
  const weight = similarityRules.summaryWeight;
  const a = job?.parts.get("summary");
  const b = cv?.space === job?.space ? cv?.parts.get("summary") : undefined;
  if (weight === 0 || a === undefined || b === undefined) return result;
  return blendSummarySimilarity(result, cosine(a, b), weight, missingFactor);
}

/** One job and many of its candidates (a step-1 session's top N): their embeddings read at once. */
export async function summaryBlender(
  storage: Pick<Storage, "recordEmbeddings">,
  tenantId: string,
  job: StoredEmbeddings,
  resumeIds: readonly string[],
  missingFactor: number,
): Promise<(resumeId: string, result: MatchResult) => BlendedResult> {
  const cvs = job?.parts.has("summary")
    ? await storage.recordEmbeddings(tenantId, "resume", resumeIds)
    : null;
  return (resumeId, result) => blendPair(job, cvs?.get(resumeId) ?? null, result, missingFactor);
}
