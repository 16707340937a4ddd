import { type CategoryScore, type MatchCategory, type MatchWeights, matchCategories } from "./types";

/*
 * Learning a tenant's category weights from its recruiters' verdicts: a logistic regression of
 * "was this candidate judged relevant" over the step-1 category scores the recruiter saw,
 * with the coefficients kept non-negative (a category can matter less, never count against a
 * candidate) and pulled toward the codex weights. The coefficients, scaled to sum to 1, are a
 * weight table like the codex's, blended with it by how much evidence there is. Deterministic:
 * fixed start, fixed steps, no randomness.
 */

/** One verdict: the breakdown the recruiter saw, and whether the candidate was judged relevant. */
export interface VerdictExample {
  breakdown: Partial<Record<MatchCategory, Pick<CategoryScore, "score" | "weight" | "unknown">>>;
  relevant: boolean;
}

export interface LearnedWeights {
  weights: MatchWeights;
  /** Verdicts learned from, and of them judged relevant. */
  verdicts: number;
  relevant: number;
  /** The codex's share in the blend (prior / (prior + verdicts)). */
  priorShare: number;
}

export const learningRules = {
  /** Below this many verdicts, or this many of either kind, the codex weights stay. */
  minVerdicts: 12,
  minEachKind: 4,
  /** The codex weights count as this many verdicts in the blend. */
  priorVerdicts: 20,
  /** L2 pull of the coefficients toward the (scaled) codex weights. */
  l2: 0.05,
  steps: 800,
  learningRate: 0.5,
  /** The codex weights are scaled to this sum as the starting coefficients. */
  priorScale: 4,
} as const;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A category's score as a feature: compared → its score; unknown or not applicable → the mean. */
function features(examples: readonly VerdictExample[]): number[][] {
  const means = matchCategories.map((category) => {
    const seen = examples
      .map((e) => e.breakdown[category])
      .filter((c) => c !== undefined && !c.unknown && c.weight > 0 && Number.isFinite(c.score))
      .map((c) => c?.score ?? 0);
    return seen.length === 0 ? 0 : seen.reduce((a, b) => a + b, 0) / seen.length;
  });
  return examples.map((e) =>
    matchCategories.map((category, i) => {
      const c = e.breakdown[category];
      const compared = c !== undefined && !c.unknown && c.weight > 0 && Number.isFinite(c.score);
      return compared ? (c?.score ?? 0) : (means[i] ?? 0);
    }),
  );
}

/** The tenant's weights from its verdicts, or null while there are too few to learn from. */
export function learnWeights(
  examples: readonly VerdictExample[],
  prior: MatchWeights,
): LearnedWeights | null {
  const relevant = examples.filter((e) => e.relevant).length;
  const n = examples.length;
  if (n < learningRules.minVerdicts) return null;
  if (relevant < learningRules.minEachKind || n - relevant < learningRules.minEachKind) return null;

  const x = features(examples);
  const y = examples.map((e) => (e.relevant ? 1 : 0));
  const priorSum = matchCategories.reduce((sum, c) => sum + prior[c], 0) || 1;
  const anchor = matchCategories.map((c) => (prior[c] / priorSum) * learningRules.priorScale);
  const beta = [...anchor];
  let bias = -learningRules.priorScale / 2;
  for (let step = 0; step < learningRules.steps; step++) {
    const gradient = beta.map(() => 0);
    let gradientBias = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i] ?? [];
      const z = bias + row.reduce((sum, v, k) => sum + v * (beta[k] ?? 0), 0);
      const error = sigmoid(z) - (y[i] ?? 0);
      gradientBias += error / n;
      for (let k = 0; k < beta.length; k++) gradient[k] = (gradient[k] ?? 0) + (error * (row[k] ?? 0)) / n;
    }
    bias -= learningRules.learningRate * gradientBias;
    for (let k = 0; k < beta.length; k++) {
      const pull = learningRules.l2 * ((beta[k] ?? 0) - (anchor[k] ?? 0));
      // Projected step: a coefficient stops at 0.
      beta[k] = Math.max(0, (beta[k] ?? 0) - learningRules.learningRate * ((gradient[k] ?? 0) + pull));
    }
  }
  const total = beta.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const priorShare = learningRules.priorVerdicts / (learningRules.priorVerdicts + n);
  const weights = Object.fromEntries(
    matchCategories.map((c, k) => [
      c,
      round3(priorShare * (prior[c] / priorSum) + (1 - priorShare) * ((beta[k] ?? 0) / total)),
    ]),
  ) as MatchWeights;
  return { weights, verdicts: n, relevant, priorShare: round3(priorShare) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
