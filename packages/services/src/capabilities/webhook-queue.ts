import { ChangeMessageVisibilityCommand, SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { InternalError } from "@futodama/core";
import type { Capability } from "../deps";
import type { DeliveryMessage, WebhookQueue } from "../webhooks/queue";
import { clientOptions } from "./aws-endpoints";

/** SQS takes at most 10 messages a batch. */
const batchSize = 10;

function sqsWebhookQueue(sqs: SQSClient, queueUrl: string): WebhookQueue {
  return {
    async enqueue(messages: DeliveryMessage[]) {
      for (let start = 0; start < messages.length; start += batchSize) {
        const batch = messages.slice(start, start + batchSize);
        const out = await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((message, i) => ({ Id: String(i), MessageBody: JSON.stringify(message) })),
          }),
        );
        if ((out.Failed ?? []).length > 0) {
          throw new InternalError("webhook.enqueue_failed", "Webhook deliveries could not be queued", {
            details: { failed: out.Failed?.map((f) => f.Code) },
          });
        }
      }
    },
    async retryAfter(receiptHandle: string, seconds: number) {
      await sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: queueUrl,
          ReceiptHandle: receiptHandle,
          VisibilityTimeout: seconds,
        }),
      );
    },
  };
}

/** The webhook delivery queue (issue 13): for the functions that emit events or deliver them. */
export const webhookQueue: Capability = (settings) => {
  const queueUrl = settings.webhookQueueUrl;
  if (queueUrl === undefined) {
    throw new InternalError(
      "config.invalid",
      "Invalid configuration:\n  WEBHOOK_QUEUE_URL: required by this function (declare it in stacks/functions.ts)",
    );
  }
  const sqs = new SQSClient(clientOptions(settings.region, settings.sqsEndpoint));
  return { webhookQueue: sqsWebhookQueue(sqs, queueUrl) };
};
