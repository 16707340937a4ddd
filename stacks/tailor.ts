import { tailorDefinition, tailorName, tailorType } from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { tailorFunctions } from "./functions";
import { stateMachineWithTasks } from "./state-machine";

/**
 * Tailor: its task Lambdas (rows of the function table), a role that may invoke exactly them,
 * and the Standard state machine built from the same definition the local runner executes.
 */
export function createTailor(sources: EnvironmentSources) {
  return stateMachineWithTasks({
    name: tailorName,
    type: tailorType,
    tasks: tailorFunctions,
    sources,
    definition: (arns) => tailorDefinition(arns),
  });
}

export type Tailor = ReturnType<typeof createTailor>;
