import { type EnvironmentSources, functionArgs } from "./env";
import { ingestStarterFunction, queueActions } from "./functions";
import type { Storage } from "./storage";

export interface IngestSources extends EnvironmentSources {
  storage: Storage;
}

/**
 * The starter: one Lambda on the ingest queue that records the document (idempotently) and
 * starts DocumentIngest with the document id as execution name. Partial batch responses let
 * one bad message go back to the queue (and on to the DLQ) without its batch-mates. The function
 * is made from its row of the function table (so its artifact has the table's name) and
 * subscribed by ARN.
 */
export function createIngest(sources: IngestSources) {
  const { ingestQueue } = sources.storage;
  const starter = new sst.aws.Function(
    ingestStarterFunction.name,
    functionArgs(ingestStarterFunction, sources, [
      { actions: [...queueActions.consume], resources: [ingestQueue.arn] },
    ]),
  );
  const subscription = ingestQueue.subscribe(starter.arn, { batch: { partialResponses: true } });
  return { starter, subscription };
}
