import { reconcileDefinition, reconcileName, reconcileType } from "@futodama/workflow";
import { type EnvironmentSources, functionArgs } from "./env";
import { reconcileFunctions, reconcileScheduleFunction } from "./functions";
import { stateMachineWithTasks } from "./state-machine";

/** Every 15 minutes (UTC); the schedule function names each run after its quarter-hour. */
export const reconcileSchedule = "cron(0/15 * * * ? *)";

/**
 * Reconcile (issue 11): its two task Lambdas, the Standard state machine from the shared
 * definition, and its CronV2 schedule — the same pattern as Rematch (stacks/schedule.ts). Its
 * tasks start DocumentIngest, so they are given its ARN (`sources.machines.DocumentIngest`).
 */
export function createReconcile(sources: EnvironmentSources) {
  const { functions, role, logGroup, stateMachine } = stateMachineWithTasks({
    name: reconcileName,
    type: reconcileType,
    tasks: reconcileFunctions,
    sources,
    definition: (arns) => reconcileDefinition(arns),
  });

  const cron = new sst.aws.CronV2("ReconcileSchedule", {
    schedule: reconcileSchedule,
    // EventBridge Scheduler fills in the tick's time: the same for every retry of that tick.
    event: { scheduledTime: "<aws.scheduler.scheduled-time>" },
    function: functionArgs(reconcileScheduleFunction, {
      ...sources,
      machines: { ...sources.machines, Reconcile: stateMachine.arn },
    }),
  });

  return { functions, role, logGroup, stateMachine, cron };
}

export type Reconcile = ReturnType<typeof createReconcile>;
