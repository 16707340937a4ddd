import {
  defaultDeepDiveConcurrency,
  type MatchDeepDiveArns,
  type MatchDeepDiveTask,
  matchDeepDiveDefinition,
  matchDeepDiveName,
  matchDeepDiveTaskTimeouts,
  matchDeepDiveType,
} from "@futodama/workflow";
import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";

type Memory = `${number} MB`;

/** The Lambda behind each MatchDeepDive task, its SST component name and memory. */
const tasks: Record<MatchDeepDiveTask, { name: string; handler: string; memory: Memory }> = {
  // Scores the pair and waits on the LLM: little CPU, but the job and CV cards are in memory.
  analyzeCandidate: {
    name: "AnalyzeCandidateTask",
    handler: "packages/functions/src/tasks/analyze-candidate.handler",
    memory: "1024 MB",
  },
  markCandidateFailed: {
    name: "MarkCandidateFailedTask",
    handler: "packages/functions/src/tasks/mark-candidate-failed.handler",
    memory: "512 MB",
  },
  finishDeepDive: {
    name: "FinishDeepDiveTask",
    handler: "packages/functions/src/tasks/finish-deep-dive.handler",
    memory: "512 MB",
  },
};

/** Candidates analysed at once per session (Map MaxConcurrency); `MATCH_MAX_CONCURRENCY` at deploy time. */
export function deepDiveConcurrency(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.MATCH_MAX_CONCURRENCY ?? defaultDeepDiveConcurrency);
  return Number.isInteger(value) && value >= 1 ? value : defaultDeepDiveConcurrency;
}

function stateMachineName() {
  return `${$app.name}-${$app.stage}-${matchDeepDiveName}`;
}

function taskFunction(task: MatchDeepDiveTask, sources: Omit<EnvironmentSources, "service">) {
  const { name, handler, memory } = tasks[task];
  return new sst.aws.Function(name, {
    handler,
    runtime,
    timeout: `${matchDeepDiveTaskTimeouts[task]} seconds`,
    memory,
    link: functionLinks(sources),
    environment: functionEnvironment({ ...sources, service: "match-deep-dive" }),
  });
}

/**
 * MatchDeepDive (step 2): its task Lambdas, a role that may invoke exactly them, and the
 * Standard state machine built from the same definition the local runner executes.
 */
export function createDeepDive(sources: Omit<EnvironmentSources, "service">) {
  const names = Object.keys(tasks) as MatchDeepDiveTask[];
  const functions = Object.fromEntries(names.map((t) => [t, taskFunction(t, sources)])) as Record<
    MatchDeepDiveTask,
    sst.aws.Function
  >;
  const arns = Object.fromEntries(names.map((t) => [t, functions[t].arn])) as Record<
    MatchDeepDiveTask,
    $util.Output<string>
  >;

  const role = new aws.iam.Role(`${matchDeepDiveName}Role`, {
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
      {
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
      },
    ],
  });

  const logGroup = new aws.cloudwatch.LogGroup(`${matchDeepDiveName}Logs`, {
    name: `/aws/vendedlogs/states/${stateMachineName()}`,
    retentionInDays: 30,
  });

  const maxConcurrency = deepDiveConcurrency();
  const stateMachine = new aws.sfn.StateMachine(matchDeepDiveName, {
    name: stateMachineName(),
    type: matchDeepDiveType,
    roleArn: role.arn,
    definition: $jsonStringify(
      $resolve(arns).apply((resolved: MatchDeepDiveArns) =>
        matchDeepDiveDefinition(resolved, { maxConcurrency }),
      ),
    ),
    loggingConfiguration: {
      level: "ERROR",
      includeExecutionData: true,
      logDestination: $interpolate`${logGroup.arn}:*`,
    },
  });

  return { functions, role, logGroup, stateMachine };
}

export type DeepDive = ReturnType<typeof createDeepDive>;
