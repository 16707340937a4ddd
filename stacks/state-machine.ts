import type { StateMachineDefinition, WorkflowType } from "@futodama/workflow";
import { type EnvironmentSources, functionArgs } from "./env";
import type { FunctionSpec } from "./functions";

export interface StateMachineSpec<T extends string> {
  /** The state machine's logical name (DocumentIngest, MatchDeepDive, Rematch, Tailor). */
  name: string;
  type: WorkflowType;
  /** Its task functions, rows of the function table (stacks/functions.ts). */
  tasks: Record<T, FunctionSpec>;
  sources: EnvironmentSources;
  /** The shared definition (packages/workflow), given the task functions' ARNs. */
  definition: (arns: Record<T, string>) => StateMachineDefinition;
  /** Execution logs to CloudWatch (level ERROR, with execution data). Default true. */
  logs?: boolean;
}

/** `${app}-${stage}-${name}`: fixed, so an ARN can be known before the machine exists. */
export function stateMachineName(name: string): string {
  return `${$app.name}-${$app.stage}-${name}`;
}

// A function: SST's globals ($jsonStringify…) exist only once run() has started.
const deliverLogs = () => ({
  // What Step Functions needs to deliver its own logs (these actions take no resource).
  name: "deliver-logs",
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: [
          "logs:CreateLogDelivery",
          "logs:GetLogDelivery",
          "logs:UpdateLogDelivery",
          "logs:DeleteLogDelivery",
          "logs:ListLogDeliveries",
          "logs:PutResourcePolicy",
          "logs:DescribeResourcePolicies",
          "logs:DescribeLogGroups",
        ],
        Resource: "*",
      },
    ],
  }),
});

/**
 * A Standard state machine from a shared definition: one Lambda per task, a role that may
 * invoke exactly those Lambdas, and (by default) its execution logs in CloudWatch.
 */
export function stateMachineWithTasks<T extends string>(spec: StateMachineSpec<T>) {
  const names = Object.keys(spec.tasks) as T[];
  const functions = Object.fromEntries(
    names.map((t) => [
      t,
      new sst.aws.Function(spec.tasks[t].name, functionArgs(spec.tasks[t], spec.sources)),
    ]),
  ) as Record<T, sst.aws.Function>;
  const arns = Object.fromEntries(names.map((t) => [t, functions[t].arn])) as Record<T, $util.Output<string>>;

  const role = new aws.iam.Role(`${spec.name}Role`, {
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
      ...(spec.logs === false ? [] : [deliverLogs()]),
    ],
  });

  const logGroup =
    spec.logs === false
      ? undefined
      : new aws.cloudwatch.LogGroup(`${spec.name}Logs`, {
          // The /aws/vendedlogs/ prefix keeps CloudWatch's resource policy small across many machines.
          name: `/aws/vendedlogs/states/${stateMachineName(spec.name)}`,
          retentionInDays: 30,
        });

  const stateMachine = new aws.sfn.StateMachine(spec.name, {
    name: stateMachineName(spec.name),
    type: spec.type,
    roleArn: role.arn,
    // Generic over the task names, so the resolved ARNs need one cast back to their record.
    definition: $jsonStringify(
      $resolve(arns).apply((resolved) => spec.definition(resolved as Record<T, string>)),
    ),
    ...(logGroup
      ? {
          loggingConfiguration: {
            level: "ERROR",
            includeExecutionData: true,
            logDestination: $interpolate`${logGroup.arn}:*`,
          },
        }
      : {}),
  });

  return { functions, role, logGroup, stateMachine };
}
