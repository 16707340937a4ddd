import { documentIngestDefinition, documentIngestName, documentIngestType } from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { documentIngestFunctions } from "./functions";
import { stateMachineWithTasks } from "./state-machine";

/**
 * DocumentIngest: its task Lambdas (rows of the function table), a role that may invoke exactly
 * them, and the Standard state machine built from the same definition the local runner executes.
 */
export function createWorkflow(sources: EnvironmentSources) {
  return stateMachineWithTasks({
    name: documentIngestName,
    type: documentIngestType,
    tasks: documentIngestFunctions,
    sources,
    definition: (arns) => documentIngestDefinition(arns),
  });
}

export type Workflow = ReturnType<typeof createWorkflow>;
