import { rematchDefinition, rematchName, rematchType } from "@futodama/workflow";
import { type EnvironmentSources, functionArgs } from "./env";
import { rematchFunctions, rematchScheduleFunction } from "./functions";
import { stateMachineWithTasks } from "./state-machine";

/** Every 6 hours (UTC); the schedule function names each run after its date-hour. */
export const rematchSchedule = "cron(0 */6 * * ? *)";

/**
 * Rematch: its two task Lambdas, a role that may invoke exactly them, the Standard state machine
 * from the shared definition, and the CronV2 schedule. CronV2 targets a Lambda (or an ECS task),
 * not a state machine, so a small function starts the execution, named after the scheduled
 * date-hour: a retried tick of the same hour cannot run twice.
 */
export function createSchedule(sources: EnvironmentSources) {
  const { functions, role, stateMachine } = stateMachineWithTasks({
    name: rematchName,
    type: rematchType,
    tasks: rematchFunctions,
    sources,
    definition: (arns) => rematchDefinition(arns),
    logs: false,
  });

  const cron = new sst.aws.CronV2("RematchSchedule", {
    schedule: rematchSchedule,
    // EventBridge Scheduler fills in the tick's time: the same for every retry of that tick.
    event: { scheduledTime: "<aws.scheduler.scheduled-time>" },
    function: functionArgs(rematchScheduleFunction, {
      ...sources,
      machines: { ...sources.machines, Rematch: stateMachine.arn },
    }),
  });

  return { functions, role, stateMachine, cron };
}

export type Schedule = ReturnType<typeof createSchedule>;
