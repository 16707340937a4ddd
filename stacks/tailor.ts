import {
  type TailorTask,
  tailorDefinition,
  tailorName,
  tailorTaskTimeouts,
  tailorType,
} from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { stateMachineWithTasks, type TaskSpec } from "./state-machine";

/** The Lambda behind each Tailor task, its SST component name and memory. */
const tasks: Record<TailorTask, TaskSpec> = {
  loadInputs: {
    name: "LoadTailorInputsTask",
    handler: "packages/functions/src/tasks/load-tailor-inputs.handler",
    memory: "512 MB",
    timeoutSeconds: tailorTaskTimeouts.loadInputs,
  },
  // Waits on the LLM (or runs the rules) with the job, the CV card and the CV text in memory.
  tailor: {
    name: "TailorTask",
    handler: "packages/functions/src/tasks/tailor.handler",
    memory: "1024 MB",
    timeoutSeconds: tailorTaskTimeouts.tailor,
  },
  // The verifier and the taxonomy normalizer: CPU-bound, so more memory (and CPU).
  verify: {
    name: "VerifyTailoringTask",
    handler: "packages/functions/src/tasks/verify-tailoring.handler",
    memory: "1024 MB",
    timeoutSeconds: tailorTaskTimeouts.verify,
  },
  persist: {
    name: "PersistTailoringTask",
    handler: "packages/functions/src/tasks/persist-tailoring.handler",
    memory: "512 MB",
    timeoutSeconds: tailorTaskTimeouts.persist,
  },
  markTailoringFailed: {
    name: "MarkTailoringFailedTask",
    handler: "packages/functions/src/tasks/mark-tailoring-failed.handler",
    memory: "512 MB",
    timeoutSeconds: tailorTaskTimeouts.markTailoringFailed,
  },
};

/**
 * Tailor: its task Lambdas, a role that may invoke exactly them, and the Standard state machine
 * built from the same definition the local runner executes.
 */
export function createTailor(sources: Omit<EnvironmentSources, "service">) {
  return stateMachineWithTasks({
    name: tailorName,
    type: tailorType,
    service: "tailor",
    tasks,
    sources,
    definition: (arns) => tailorDefinition(arns),
  });
}

export type Tailor = ReturnType<typeof createTailor>;
