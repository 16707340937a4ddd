import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";
import type { Storage } from "./storage";
import { ingestStarterTimeoutSeconds } from "./timeouts";
import type { Workflow } from "./workflow";

export interface IngestSources extends Omit<EnvironmentSources, "service" | "storage"> {
  storage: Storage;
  workflow: Pick<Workflow, "stateMachine">;
}

/**
 * The starter: one Lambda on the ingest queue that records the document (idempotently) and
 * starts DocumentIngest with the document id as execution name. Partial batch responses let
 * one bad message go back to the queue (and on to the DLQ) without its batch-mates.
 */
export function createIngest(sources: IngestSources) {
  const { storage, workflow } = sources;
  // The machine's own output (not the precomputed ARN), so the starter deploys after it.
  const documentIngestArn = workflow.stateMachine.arn;
  const starter = storage.ingestQueue.subscribe(
    {
      handler: "packages/functions/src/events/ingest-starter.handler",
      runtime,
      timeout: `${ingestStarterTimeoutSeconds} seconds`,
      link: functionLinks(sources),
      environment: functionEnvironment({ ...sources, service: "ingest-starter", documentIngestArn }),
      permissions: [{ actions: ["states:StartExecution"], resources: [documentIngestArn] }],
    },
    { batch: { partialResponses: true } },
  );
  return { starter };
}
