import { type EnvironmentSources, functionArgs } from "./env";
import { ingestStarterFunction } from "./functions";
import type { Storage } from "./storage";

export interface IngestSources extends EnvironmentSources {
  storage: Storage;
}

/** What a Lambda needs to consume an SQS queue (what SST grants its own subscribers). */
const consumeActions = [
  "sqs:ChangeMessageVisibility",
  "sqs:DeleteMessage",
  "sqs:GetQueueAttributes",
  "sqs:GetQueueUrl",
  "sqs:ReceiveMessage",
];

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
    functionArgs(ingestStarterFunction, sources, [{ actions: consumeActions, resources: [ingestQueue.arn] }]),
  );
  const subscription = ingestQueue.subscribe(starter.arn, { batch: { partialResponses: true } });
  return { starter, subscription };
}
