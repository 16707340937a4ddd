import {
  analyzeCandidateHandler,
  extractTextHandler,
  finishDeepDiveHandler,
  listOpenJobsHandler,
  loadTailorInputsHandler,
  markCandidateFailedHandler,
  markFailedHandler,
  markTailoringFailedHandler,
  matchNewDocumentHandler,
  normalizeHandler,
  ocrTextHandler,
  persistHandler,
  persistTailoringHandler,
  reconcileEventsHandler,
  reconcileObjectsHandler,
  reconcileRecordsHandler,
  rematchJobHandler,
  snapshotIndexesHandler,
  tailorHandler,
  verifyTailoringHandler,
} from "@futodama/functions";
import {
  documentIngestDefinition,
  documentIngestName,
  matchDeepDiveDefinition,
  matchDeepDiveName,
  reconcileDefinition,
  reconcileName,
  rematchDefinition,
  rematchName,
  type StateMachineDefinition,
  tailorDefinition,
  tailorName,
} from "@futodama/workflow";
import { localLambdaArn, type TaskHandler } from "@futodama/workflow/local";
import type { BackgroundLane } from "./background-lane";

/**
 * The state machines the local runtime runs: the same definitions the stacks deploy, with each
 * Task's Lambda ARN resolved to the same handler the Lambda runs.
 */
const task = (name: string, handler: (input: never) => Promise<unknown>) => ({
  arn: localLambdaArn(`futodama-local-${name}`),
  handler,
});

const tasks = {
  extractText: task("ExtractText", extractTextHandler),
  ocrText: task("OcrText", ocrTextHandler),
  normalize: task("Normalize", normalizeHandler),
  persist: task("Persist", persistHandler),
  match: task("Match", matchNewDocumentHandler),
  markFailed: task("MarkFailed", markFailedHandler),
  snapshotIndexes: task("SnapshotIndexes", snapshotIndexesHandler),
  listOpenJobs: task("ListOpenJobs", listOpenJobsHandler),
  matchStep1: task("MatchStep1", rematchJobHandler),
  analyzeCandidate: task("AnalyzeCandidate", analyzeCandidateHandler),
  markCandidateFailed: task("MarkCandidateFailed", markCandidateFailedHandler),
  finishDeepDive: task("FinishDeepDive", finishDeepDiveHandler),
  loadTailorInputs: task("LoadTailorInputs", loadTailorInputsHandler),
  tailor: task("Tailor", tailorHandler),
  verifyTailoring: task("VerifyTailoring", verifyTailoringHandler),
  persistTailoring: task("PersistTailoring", persistTailoringHandler),
  markTailoringFailed: task("MarkTailoringFailed", markTailoringFailedHandler),
  reconcileRecords: task("ReconcileRecords", reconcileRecordsHandler),
  reconcileObjects: task("ReconcileObjects", reconcileObjectsHandler),
  reconcileEvents: task("ReconcileEvents", reconcileEventsHandler),
};

/** DocumentIngest's steps: background work, below the API when a lane is given. */
const ingestTasks = new Set(
  [tasks.extractText, tasks.ocrText, tasks.normalize, tasks.persist, tasks.match, tasks.markFailed].map(
    (t) => t.arn,
  ),
);

export function localWorkflows(options: { matchMaxConcurrency: number; ingestLane?: BackgroundLane }): {
  definitions: Record<string, StateMachineDefinition>;
  taskHandlers: Record<string, TaskHandler>;
} {
  return {
    definitions: {
      [documentIngestName]: documentIngestDefinition({
        extractText: tasks.extractText.arn,
        ocrText: tasks.ocrText.arn,
        normalize: tasks.normalize.arn,
        persist: tasks.persist.arn,
        match: tasks.match.arn,
        markFailed: tasks.markFailed.arn,
      }),
      [rematchName]: rematchDefinition({
        snapshotIndexes: tasks.snapshotIndexes.arn,
        listOpenJobs: tasks.listOpenJobs.arn,
        matchStep1: tasks.matchStep1.arn,
      }),
      [reconcileName]: reconcileDefinition({
        reconcileRecords: tasks.reconcileRecords.arn,
        reconcileObjects: tasks.reconcileObjects.arn,
        reconcileEvents: tasks.reconcileEvents.arn,
      }),
      [matchDeepDiveName]: matchDeepDiveDefinition(
        {
          analyzeCandidate: tasks.analyzeCandidate.arn,
          markCandidateFailed: tasks.markCandidateFailed.arn,
          finishDeepDive: tasks.finishDeepDive.arn,
        },
        { maxConcurrency: options.matchMaxConcurrency },
      ),
      [tailorName]: tailorDefinition({
        loadInputs: tasks.loadTailorInputs.arn,
        tailor: tasks.tailor.arn,
        verify: tasks.verifyTailoring.arn,
        persist: tasks.persistTailoring.arn,
        markTailoringFailed: tasks.markTailoringFailed.arn,
      }),
    },
    taskHandlers: Object.fromEntries(
      Object.values(tasks).map((t) => {
        const lane = ingestTasks.has(t.arn) ? options.ingestLane : undefined;
        const handler = (input: unknown) => t.handler(input as never);
        return [t.arn, lane ? (input: unknown) => lane.run(() => handler(input)) : handler];
      }),
    ),
  };
}
