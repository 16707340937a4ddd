import { bundledRules } from "../codex/rules";
import { type MatchWeights, matchCategories } from "./types";

const rules = bundledRules["match-weights"];

/** The category weights from codex/rules/match-weights.json (a fresh copy, safe to change). */
export function defaultMatchWeights(): MatchWeights {
  return { ...rules.weights };
}

/** The codex weights with a job's overrides; negative or non-finite overrides are ignored. */
export function resolveWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  const weights = defaultMatchWeights();
  for (const category of matchCategories) {
    const value = overrides[category];
    if (value !== undefined && Number.isFinite(value) && value >= 0) weights[category] = value;
  }
  return weights;
}

export const defaultRelatedCredit = rules.related_credit;
/** Embeddings (issue 14, only with an OpenAI key): see docs/scoring.md, "Similarity by embeddings". */
export const similarityRules = {
  credit: rules.similarity_credit,
  threshold: rules.similarity_threshold,
  perRequirement: rules.similar_skills,
  summaryWeight: rules.summary_similarity_weight,
} as const;
export const defaultMissingFactor = rules.missing_must_have_factor;
