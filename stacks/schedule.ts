import {
  type RematchArns,
  type RematchTask,
  rematchDefinition,
  rematchName,
  rematchTaskTimeouts,
  rematchType,
} from "@futodama/workflow";
import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";

/** Every 6 hours (UTC); the schedule function names each run after its date-hour. */
export const rematchSchedule = "cron(0 */6 * * ? *)";

const tasks: Record<RematchTask, { name: string; handler: string }> = {
  listOpenJobs: { name: "ListOpenJobsTask", handler: "packages/functions/src/tasks/list-open-jobs.handler" },
  matchStep1: { name: "RematchJobTask", handler: "packages/functions/src/tasks/rematch-job.handler" },
};

function machineName() {
  return `${$app.name}-${$app.stage}-${rematchName}`;
}

/**
 * Rematch: its two task Lambdas, a role that may invoke exactly them, the Standard state machine
 * from the shared definition, and the CronV2 schedule. CronV2 targets a Lambda (or an ECS task),
 * not a state machine, so a small function starts the execution, named after the scheduled
 * date-hour: a retried tick of the same hour cannot run twice.
 */
export function createSchedule(sources: Omit<EnvironmentSources, "service">) {
  const environment = functionEnvironment({ ...sources, service: "rematch" });
  const functions = Object.fromEntries(
    (Object.keys(tasks) as RematchTask[]).map((t) => [
      t,
      new sst.aws.Function(tasks[t].name, {
        handler: tasks[t].handler,
        runtime,
        timeout: `${rematchTaskTimeouts[t]} seconds`,
        memory: "1024 MB",
        link: functionLinks(sources),
        environment,
      }),
    ]),
  ) as Record<RematchTask, sst.aws.Function>;
  const arns = { listOpenJobs: functions.listOpenJobs.arn, matchStep1: functions.matchStep1.arn };

  const role = new aws.iam.Role(`${rematchName}Role`, {
    assumeRolePolicy: $jsonStringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { Service: "states.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    }),
    inlinePolicies: [
      {
        name: "invoke-tasks",
        policy: $jsonStringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: Object.values(arns) }],
        }),
      },
    ],
  });

  const stateMachine = new aws.sfn.StateMachine(rematchName, {
    name: machineName(),
    type: rematchType,
    roleArn: role.arn,
    definition: $jsonStringify($resolve(arns).apply((resolved: RematchArns) => rematchDefinition(resolved))),
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
