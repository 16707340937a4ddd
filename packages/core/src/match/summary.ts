import { round1 } from "./categories";
import type { CategoryScore, MatchResult } from "./types";

/**
 * Issue 14: the job's and the CV's summaries compared by the cosine of their embeddings (only
 * with an OpenAI key), blended into a step-1 total where the pair is scored in full:
 *
 *   total' = (1 − w) · total + w · 100 · max(0, cosine) · coverage · f^m
 *
 * with w the codex `summary_similarity_weight`, f^m the same missing must-have penalty the total
 * carries. So a score still never exceeds 100 × coverage, and one missing must-have still caps it
 * at 70: similarity of prose can reorder candidates, not lift one past what the job asks.
 */
export const summaryKey = "summary_similarity";

export type BlendedResult = MatchResult & {
  breakdown: MatchResult["breakdown"] & { [summaryKey]?: CategoryScore };
};

export function blendSummarySimilarity(
  result: MatchResult,
  cosine: number,
  weight: number,
  missingFactor: number,
): BlendedResult {
  const similarity = Math.round(Math.max(0, Math.min(1, cosine)) * 100) / 100;
  const penalty = missingFactor ** result.missingMustHaves.length;
  const score = round1((1 - weight) * result.score + weight * 100 * similarity * result.coverage * penalty);
  const note = `summaries' cosine ${similarity} (embeddings): ${Math.round(weight * 100)} % of the score, ${result.score} before`;
  const evidence = [
    { requirement: "the job's summary", matched: similarity > 0, via: "similar" as const, note },
  ];
  const summary: CategoryScore = { score: similarity, weight, evidence };
  return { ...result, score, breakdown: { ...result.breakdown, [summaryKey]: summary } };
}
