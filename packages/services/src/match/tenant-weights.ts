import {
  defaultMatchWeights,
  type LearnedWeights,
  learnWeights,
  type MatchWeights,
  resolveWeights,
  type VerdictExample,
} from "@futodama/core";
import type { VerdictWithBreakdown } from "@futodama/storage";
import type { ServiceDeps } from "../deps";

/** Which weights a step-1 run used, and why: shown on the session. */
export type Weighting =
  | { source: "codex"; weights: MatchWeights; verdicts: number }
  | { source: "request"; weights: MatchWeights }
  | ({ source: "learned" } & LearnedWeights);

function example(row: VerdictWithBreakdown): VerdictExample | null {
  const breakdown = row.breakdown;
  if (breakdown === null || typeof breakdown !== "object") return null;
  return { breakdown: breakdown as VerdictExample["breakdown"], relevant: row.verdict !== "negative" };
}

/**
 * The weights of a tenant's step-1 runs: the request's own when it gives some, else weights
 * learned from the tenant's recruiters' verdicts once there are enough (core `learnWeights`),
 * else the codex's.
 */
export async function tenantWeighting(
  deps: ServiceDeps,
  tenantId: string,
  requested: Partial<MatchWeights> | undefined,
): Promise<Weighting> {
  if (requested !== undefined) return { source: "request", weights: resolveWeights(requested) };
  const examples = (await deps.storage.listVerdictsWithBreakdowns(tenantId))
    .map(example)
    .filter((e): e is VerdictExample => e !== null);
  const learned = learnWeights(examples, defaultMatchWeights());
  return learned === null
    ? { source: "codex", weights: defaultMatchWeights(), verdicts: examples.length }
    : { source: "learned", ...learned };
}
