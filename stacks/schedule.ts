import {
  type RematchTask,
  rematchDefinition,
  rematchName,
  rematchTaskTimeouts,
  rematchType,
} from "@futodama/workflow";
import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";
import { stateMachineWithTasks, type TaskSpec } from "./state-machine";

/** Every 6 hours (UTC); the schedule function names each run after its date-hour. */
export const rematchSchedule = "cron(0 */6 * * ? *)";

const tasks: Record<RematchTask, TaskSpec> = {
  listOpenJobs: {
    name: "ListOpenJobsTask",
    handler: "packages/functions/src/tasks/list-open-jobs.handler",
    memory: "1024 MB",
    timeoutSeconds: rematchTaskTimeouts.listOpenJobs,
  },
  matchStep1: {
    name: "RematchJobTask",
    handler: "packages/functions/src/tasks/rematch-job.handler",
    memory: "1024 MB",
    timeoutSeconds: rematchTaskTimeouts.matchStep1,
  },
};

/**
 * Rematch: its two task Lambdas, a role that may invoke exactly them, the Standard state machine
 * from the shared definition, and the CronV2 schedule. CronV2 targets a Lambda (or an ECS task),
 * not a state machine, so a small function starts the execution, named after the scheduled
 * date-hour: a retried tick of the same hour cannot run twice.
 */
export function createSchedule(sources: Omit<EnvironmentSources, "service">) {
  const environment = functionEnvironment({ ...sources, service: "rematch" });
  const { functions, role, stateMachine } = stateMachineWithTasks({
    name: rematchName,
    type: rematchType,
    service: "rematch",
    tasks,
    sources,
    definition: (arns) => rematchDefinition(arns),
    logs: false,
  });

  const cron = new sst.aws.CronV2("RematchSchedule", {
    schedule: rematchSchedule,
    // EventBridge Scheduler fills in the tick's time: the same for every retry of that tick.
    event: { scheduledTime: "<aws.scheduler.scheduled-time>" },
    function: {
      handler: "packages/functions/src/events/schedule.handler",
      runtime,
      timeout: "30 seconds",
      link: functionLinks(sources),
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME: "rematch-schedule",
        REMATCH_ARN: stateMachine.arn,
      },
      permissions: [{ actions: ["states:StartExecution"], resources: [stateMachine.arn] }],
    },
  });

  return { functions, role, stateMachine, cron };
}

export type Schedule = ReturnType<typeof createSchedule>;
