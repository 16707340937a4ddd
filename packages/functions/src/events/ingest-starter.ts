import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { startIngestForObject } from "@futodama/services/document/start-ingest";
import type { S3Event, SQSBatchResponse, SQSEvent } from "aws-lambda";
import { dependencies } from "../deps";
import { logger } from "../logger";

/** S3 event keys are URL-encoded, with '+' for spaces. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, " "));
}

function objectsIn(body: string): Array<{ bucket: string; key: string }> {
  const event = JSON.parse(body) as Partial<S3Event> & { Event?: string };
  if (event.Event === "s3:TestEvent") return [];
  return (event.Records ?? [])
    .filter((r) => r.eventName?.startsWith("ObjectCreated:"))
    .map((r) => ({ bucket: r.s3.bucket.name, key: decodeS3Key(r.s3.object.key) }));
}

const deps = dependencies(storage, s3, sfn);

/**
 * SQS ingest queue → one DocumentIngest execution per new object. A message that fails is
 * reported back (partial batch response) so SQS redelivers it, then moves it to the DLQ.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse["batchItemFailures"] = [];
  const services = await deps();
  for (const record of event.Records) {
    try {
      for (const object of objectsIn(record.body)) {
        const result = await startIngestForObject(services, object);
        logger.info("ingest event", { messageId: record.messageId, bucket: object.bucket, ...result });
      }
    } catch (error) {
      logger.error("ingest event failed", { messageId: record.messageId, error: error as Error });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
