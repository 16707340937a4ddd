import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import type { ServiceDeps } from "@futodama/services/deps";
import { backoffSeconds, deliverWebhook, parseDeliveryMessage } from "@futodama/services/webhooks";
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { dependencies } from "../deps";
import { logger } from "../logger";

const deps = dependencies(storage, webhookQueue);

/**
 * The webhook delivery queue → one signed POST per message. A failed attempt is reported back
 * (partial batch response) after its message is hidden for the backoff (base × 2^(n−1) s), so SQS
 * retries it then; past the queue's maxReceiveCount SQS moves it to the DLQ. Messages carry ids
 * only, and each attempt re-reads the delivery, so a deleted webhook or a delivered row is skipped.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const services = await deps();
  // Receivers are independent: one slow endpoint must not hold up the batch's others.
  const failed = await Promise.all(event.Records.map((record) => deliverRecord(services, record)));
  return {
    batchItemFailures: event.Records.filter((_, i) => failed[i]).map((r) => ({
      itemIdentifier: r.messageId,
    })),
  };
}

/** true when the message must come back (a failed attempt, or an error before one). */
async function deliverRecord(services: ServiceDeps, record: SQSRecord): Promise<boolean> {
  const attempt = Number(record.attributes.ApproximateReceiveCount ?? "1") || 1;
  try {
    const message = parseDeliveryMessage(record.body);
    const outcome = await deliverWebhook(services, message, attempt);
    logger.info("webhook delivery", { messageId: record.messageId, attempt, ...message, ...outcome });
    if (outcome.result !== "retry") return false;
    // The last attempt goes back at once: its next receive is the one that moves it to the DLQ.
    const delay = outcome.dead ? 0 : backoffSeconds(attempt, services.webhooks.retryBaseSeconds);
    await services.webhookQueue?.retryAfter(record.receiptHandle, delay);
  } catch (error) {
    logger.error("webhook delivery failed", { messageId: record.messageId, attempt, error: error as Error });
  }
  return true;
}
