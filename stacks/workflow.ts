import {
  type DocumentIngestArns,
  type DocumentIngestTask,
  documentIngestDefinition,
  documentIngestName,
  documentIngestTaskTimeouts,
  documentIngestType,
} from "@futodama/workflow";
import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";

type Memory = `${number} MB`;

/** The Lambda behind each DocumentIngest task, its SST component name and memory. */
const tasks: Record<DocumentIngestTask, { name: string; handler: string; memory: Memory }> = {
  // PDF/DOCX parsing and OCR are the memory-hungry step.
  extractText: {
    name: "ExtractTextTask",
    handler: "packages/functions/src/tasks/extract-text.handler",
    memory: "2048 MB",
  },
  // Tesseract on page images: the slowest, most memory-hungry step, run only for scans.
  ocrText: {
    name: "OcrTextTask",
    handler: "packages/functions/src/tasks/ocr-text.handler",
    memory: "3008 MB",
  },
  normalize: {
    name: "NormalizeTask",
    handler: "packages/functions/src/tasks/normalize.handler",
    memory: "1024 MB",
  },
  persist: {
    name: "PersistTask",
    handler: "packages/functions/src/tasks/persist.handler",
    memory: "1024 MB",
  },
  // Scores a new CV against every open job (or ranks a new job) into the live rankings.
  match: {
    name: "MatchTask",
    handler: "packages/functions/src/tasks/match-new-document.handler",
    memory: "1024 MB",
  },
  markFailed: {
    name: "MarkFailedTask",
    handler: "packages/functions/src/tasks/mark-failed.handler",
    memory: "512 MB",
  },
};

function stateMachineName() {
  return `${$app.name}-${$app.stage}-${documentIngestName}`;
}

/**
 * DocumentIngest's ARN, known before the machine exists (its name is fixed). Every function's
 * config requires it, and the task functions cannot take it from the machine, whose definition
 * needs their ARNs first.
 */
export function documentIngestArnOf() {
  const partition = aws.getPartitionOutput().partition;
  const region = aws.getRegionOutput().region;
  const account = aws.getCallerIdentityOutput().accountId;
  return $interpolate`arn:${partition}:states:${region}:${account}:stateMachine:${stateMachineName()}`;
}

function taskFunction(task: DocumentIngestTask, sources: Omit<EnvironmentSources, "service">) {
  const { name, handler, memory } = tasks[task];
  return new sst.aws.Function(name, {
    handler,
    runtime,
    timeout: `${documentIngestTaskTimeouts[task]} seconds`,
    memory,
    link: functionLinks(sources),
    environment: functionEnvironment({ ...sources, service: "document-ingest" }),
  });
}

/**
 * DocumentIngest: its task Lambdas, a role that may invoke exactly them, and the
 * Standard state machine built from the same definition the local runner executes.
 */
export function createWorkflow(sources: Omit<EnvironmentSources, "service">) {
  const names = Object.keys(tasks) as DocumentIngestTask[];
  const functions = Object.fromEntries(names.map((t) => [t, taskFunction(t, sources)])) as Record<
    DocumentIngestTask,
    sst.aws.Function
  >;
  const arns = Object.fromEntries(names.map((t) => [t, functions[t].arn])) as Record<
    DocumentIngestTask,
    $util.Output<string>
  >;

  const role = new aws.iam.Role(`${documentIngestName}Role`, {
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

  const logGroup = new aws.cloudwatch.LogGroup(`${documentIngestName}Logs`, {
    // The /aws/vendedlogs/ prefix keeps CloudWatch's resource policy small across many machines.
    name: `/aws/vendedlogs/states/${stateMachineName()}`,
    retentionInDays: 30,
  });

  const stateMachine = new aws.sfn.StateMachine(documentIngestName, {
    name: stateMachineName(),
    type: documentIngestType,
    roleArn: role.arn,
    definition: $jsonStringify(
      $resolve(arns).apply((resolved: DocumentIngestArns) => documentIngestDefinition(resolved)),
    ),
    loggingConfiguration: {
      level: "ERROR",
      includeExecutionData: true,
      logDestination: $interpolate`${logGroup.arn}:*`,
    },
  });

  return { functions, role, logGroup, stateMachine };
}

export type Workflow = ReturnType<typeof createWorkflow>;
