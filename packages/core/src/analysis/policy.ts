import type { MatchAnalysisVerdict } from "./match-analysis-v1";

/*
 * The rules every analysis obeys, whoever wrote it. The step-1 score is deterministic and
 * explainable; a language model may refine it but not overturn it, and text in a CV can never
 * talk its way up.
 */

/** How far (in points) an LLM may move a candidate away from the step-1 score. */
export const analysisScoreBand = 25;

/** Verdict thresholds on the 0..100 score (inclusive lower bounds). */
export const verdictThresholds = { strong: 80, good: 65, mixed: 45 } as const;

export function verdictForScore(score: number): MatchAnalysisVerdict {
  if (score >= verdictThresholds.strong) return "strong";
  if (score >= verdictThresholds.good) return "good";
  if (score >= verdictThresholds.mixed) return "mixed";
  return "weak";
}

export interface BoundedScore {
  score: number;
  /** Why the proposed score was changed (empty when it stood). */
  notes: string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The final score of an analysis: the proposal kept within ±band of step 1 and within 0..100;
 * when the CV tried to instruct the model, also never above step 1 (which no CV text can
 * raise), so an injection can only ever cost the candidate, never help.
 */
export function boundAnalysisScore(
  proposed: number,
  step1Score: number,
  options: { injection: boolean; band?: number },
): BoundedScore {
  const band = options.band ?? analysisScoreBand;
  const notes: string[] = [];
  const safe = Number.isFinite(proposed) ? proposed : step1Score;
  let score = Math.min(100, Math.max(0, safe));
  const low = Math.max(0, step1Score - band);
  const high = Math.min(100, step1Score + band);
  if (score < low || score > high) {
    const clamped = Math.min(high, Math.max(low, score));
    notes.push(
      `The model proposed ${round1(score)}; kept within ±${band} of the step-1 score ${round1(step1Score)}: ${round1(clamped)}`,
    );
    score = clamped;
  }
  if (options.injection && score > step1Score) {
    notes.push(
      `The CV contains text that reads like instructions: the score is capped at the step-1 score ${round1(step1Score)}`,
    );
    score = step1Score;
  }
  return { score: round1(score), notes };
}
