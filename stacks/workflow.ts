import {
  type DocumentIngestTask,
  documentIngestDefinition,
  documentIngestName,
  documentIngestType,
  documentIngestTaskTimeouts as timeouts,
} from "@futodama/workflow";
import type { EnvironmentSources } from "./env";
import { stateMachineName, stateMachineWithTasks, type TaskSpec } from "./state-machine";

const handler = (file: string) => `packages/functions/src/tasks/${file}.handler`;

/** The Lambda behind each DocumentIngest task, its SST component name and memory. */
const tasks: Record<DocumentIngestTask, TaskSpec> = {
  // PDF/DOCX parsing is the memory-hungry step.
  extractText: {
    name: "ExtractTextTask",
    handler: handler("extract-text"),
    memory: "2048 MB",
    timeoutSeconds: timeouts.extractText,
  },
  // Tesseract on page images: the slowest, most memory-hungry step, run only for scans.
  ocrText: {
    name: "OcrTextTask",
    handler: handler("ocr-text"),
    memory: "3008 MB",
    timeoutSeconds: timeouts.ocrText,
  },
  normalize: {
    name: "NormalizeTask",
    handler: handler("normalize"),
    memory: "1024 MB",
    timeoutSeconds: timeouts.normalize,
  },
  persist: {
    name: "PersistTask",
    handler: handler("persist"),
    memory: "1024 MB",
    timeoutSeconds: timeouts.persist,
  },
  // Scores a new CV against every open job (or ranks a new job) into the live rankings.
  match: {
    name: "MatchTask",
    handler: handler("match-new-document"),
    memory: "1024 MB",
    timeoutSeconds: timeouts.match,
  },
  markFailed: {
    name: "MarkFailedTask",
    handler: handler("mark-failed"),
    memory: "512 MB",
    timeoutSeconds: timeouts.markFailed,
  },
};

/**
 * DocumentIngest's ARN, known before the machine exists (its name is fixed). Every function's
 * config requires it, and the task functions cannot take it from the machine, whose definition
 * needs their ARNs first.
 */
export function documentIngestArnOf() {
  const partition = aws.getPartitionOutput().partition;
  const region = aws.getRegionOutput().region;
  const account = aws.getCallerIdentityOutput().accountId;
  return $interpolate`arn:${partition}:states:${region}:${account}:stateMachine:${stateMachineName(documentIngestName)}`;
}

/**
 * DocumentIngest: its task Lambdas, a role that may invoke exactly them, and the
 * Standard state machine built from the same definition the local runner executes.
 */
export function createWorkflow(sources: Omit<EnvironmentSources, "service">) {
  return stateMachineWithTasks({
    name: documentIngestName,
    type: documentIngestType,
    service: "document-ingest",
    tasks,
    sources,
    definition: (arns) => documentIngestDefinition(arns),
  });
}

export type Workflow = ReturnType<typeof createWorkflow>;
