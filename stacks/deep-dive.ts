import {
  defaultDeepDiveConcurrency,
  type MatchDeepDiveTask,
  matchDeepDiveDefinition,
  matchDeepDiveName,
  matchDeepDiveTaskTimeouts,
  matchDeepDiveType,
} from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { stateMachineWithTasks, type TaskSpec } from "./state-machine";

/** The Lambda behind each MatchDeepDive task, its SST component name and memory. */
const tasks: Record<MatchDeepDiveTask, TaskSpec> = {
  // Scores the pair and waits on the LLM: little CPU, but the job and CV cards are in memory.
  analyzeCandidate: {
    name: "AnalyzeCandidateTask",
    handler: "packages/functions/src/tasks/analyze-candidate.handler",
    memory: "1024 MB",
    timeoutSeconds: matchDeepDiveTaskTimeouts.analyzeCandidate,
  },
  markCandidateFailed: {
    name: "MarkCandidateFailedTask",
    handler: "packages/functions/src/tasks/mark-candidate-failed.handler",
    memory: "512 MB",
    timeoutSeconds: matchDeepDiveTaskTimeouts.markCandidateFailed,
  },
  finishDeepDive: {
    name: "FinishDeepDiveTask",
    handler: "packages/functions/src/tasks/finish-deep-dive.handler",
    memory: "512 MB",
    timeoutSeconds: matchDeepDiveTaskTimeouts.finishDeepDive,
  },
};

/** Candidates analysed at once per session (Map MaxConcurrency); `MATCH_MAX_CONCURRENCY` at deploy time. */
export function deepDiveConcurrency(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.MATCH_MAX_CONCURRENCY ?? defaultDeepDiveConcurrency);
  return Number.isInteger(value) && value >= 1 ? value : defaultDeepDiveConcurrency;
}

/**
 * MatchDeepDive (step 2): its task Lambdas, a role that may invoke exactly them, and the
 * Standard state machine built from the same definition the local runner executes.
 */
export function createDeepDive(sources: Omit<EnvironmentSources, "service">) {
  const maxConcurrency = deepDiveConcurrency();
  return stateMachineWithTasks({
    name: matchDeepDiveName,
    type: matchDeepDiveType,
    service: "match-deep-dive",
    tasks,
    sources,
    definition: (arns) => matchDeepDiveDefinition(arns, { maxConcurrency }),
  });
}

export type DeepDive = ReturnType<typeof createDeepDive>;
