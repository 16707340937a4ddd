import type { SkillMatch } from "./normalizer";
import type { SkillCandidate, SkillRetriever } from "./retrieval";

/**
 * A phrase → ranked skills: whole-token matches first (exact, precise: "java" is never
 * "javascript"), and only when they find nothing, the retrieval normaliser's candidates that
 * clear MIN_RETRIEVAL_SCORE. On SkillSpan dev, hand-judged, top-1 retrieval answers at ≥ 0.75
 * were right about two times in three, below it about one in four (docs/benchmarks.md).
 */
export const MIN_RETRIEVAL_SCORE = 0.75;

export interface SkillSuggestion extends SkillCandidate {
  /** exact: a label/alias found word for word (score 1); retrieval: found by meaning. */
  method: "exact" | "retrieval";
}

export function suggestFrom(
  phrase: string,
  exact: readonly SkillMatch[],
  retriever: () => SkillRetriever,
  limit: number,
): SkillSuggestion[] {
  if (exact.length > 0) {
    const seen = new Set<string>();
    return exact
      .filter((m) => !seen.has(m.id) && seen.add(m.id))
      .slice(0, limit)
      .map(({ id, label, category, source, sourceLabel, text }) => ({
        id,
        label,
        category,
        source,
        sourceLabel,
        score: 1,
        matched: text,
        method: "exact",
      }));
  }
  return retriever()
    .search(phrase, limit)
    .filter((c) => c.score >= MIN_RETRIEVAL_SCORE)
    .map((c) => ({ ...c, method: "retrieval" }));
}
