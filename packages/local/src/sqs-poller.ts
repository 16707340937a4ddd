import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

/**
 * What the Lambda event source mapping does for an SQS subscriber: long-poll, hand the batch
 * to the handler as an SQSEvent, delete what succeeded and leave the reported failures to
 * become visible again (and, after maxReceiveCount, to move to the DLQ).
 */
export interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  batchSize?: number;
  /**
   * Batches handled at once, like the concurrent invocations Lambda's SQS event source mapping
   * runs (it starts with five pollers): one slow batch does not hold up the queue.
   */
  concurrency?: number;
  handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
  onError?: (error: unknown) => void;
}

export function startSqsPoller(options: PollerOptions): { stop(): Promise<void> } {
  let running = true;
  const controller = new AbortController();
  const poll = async () => {
    while (running) {
      try {
        const out = await options.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.batchSize ?? 10,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ["All"],
          }),
          { abortSignal: controller.signal },
        );
        const messages = out.Messages ?? [];
        if (messages.length === 0) continue;
        const event: SQSEvent = {
          Records: messages.map((m) => ({
            messageId: m.MessageId ?? "",
            receiptHandle: m.ReceiptHandle ?? "",
            body: m.Body ?? "",
            attributes: (m.Attributes ?? {}) as SQSEvent["Records"][number]["attributes"],
            messageAttributes: {},
            md5OfBody: m.MD5OfBody ?? "",
            eventSource: "aws:sqs",
            eventSourceARN: options.queueArn,
            awsRegion: options.region,
          })),
        };
        const result = await options.handler(event);
        const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
        const done = messages.filter((m) => !failed.has(m.MessageId ?? ""));
        if (done.length > 0) {
          await options.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: options.queueUrl,
              Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? "" })),
            }),
          );
        }
      } catch (error) {
        if (!running) break;
        options.onError?.(error);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  const loop = Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 5) }, poll));
  return {
    async stop() {
      running = false;
      controller.abort();
      await loop;
    },
  };
}
