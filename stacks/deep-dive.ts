import {
  defaultDeepDiveConcurrency,
  matchDeepDiveDefinition,
  matchDeepDiveName,
  matchDeepDiveType,
} from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { matchDeepDiveFunctions } from "./functions";
import { stateMachineWithTasks } from "./state-machine";

/** Candidates analysed at once per session (Map MaxConcurrency); `MATCH_MAX_CONCURRENCY` at deploy time. */
export function deepDiveConcurrency(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.MATCH_MAX_CONCURRENCY ?? defaultDeepDiveConcurrency);
  return Number.isInteger(value) && value >= 1 ? value : defaultDeepDiveConcurrency;
}

/**
 * MatchDeepDive (step 2): its task Lambdas, a role that may invoke exactly them, and the
 * Standard state machine built from the same definition the local runner executes.
 */
export function createDeepDive(sources: EnvironmentSources) {
  const maxConcurrency = deepDiveConcurrency();
  return stateMachineWithTasks({
    name: matchDeepDiveName,
    type: matchDeepDiveType,
    tasks: matchDeepDiveFunctions,
    sources,
    definition: (arns) => matchDeepDiveDefinition(arns, { maxConcurrency }),
  });
}

export type DeepDive = ReturnType<typeof createDeepDive>;
