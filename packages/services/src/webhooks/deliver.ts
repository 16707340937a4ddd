import type { ServiceDeps } from "../deps";
import { recordMetric } from "../ops/metrics";
import { postWebhook } from "./post";
import type { DeliveryMessage } from "./queue";
import { signedHeaders } from "./sign";

type DeliverDeps = Pick<ServiceDeps, "storage" | "webhooks">;

/**
 * What became of one attempt: `retry` asks the queue to try again later (the message goes back,
 * and after the last attempt on to the DLQ); `done` and `skipped` let it go.
 */
export type DeliveryOutcome =
  | { result: "delivered"; statusCode: number }
  | { result: "skipped"; reason: "gone" | "already_delivered" }
  | { result: "retry"; dead: boolean; statusCode?: number; error?: string };

/**
 * Sends one delivery (attempt `attempt`, counted from 1 by the queue's receive count): signed
 * now (a fresh timestamp each attempt, the same `webhook-id`), posted with a timeout through the
 * SSRF-guarded agent. A 2xx is delivered; anything else is retried, and the attempt that reaches
 * `maxAttempts` marks the delivery dead (the queue moves the message to the DLQ).
 */
export async function deliverWebhook(
  deps: DeliverDeps,
  message: DeliveryMessage,
  attempt: number,
): Promise<DeliveryOutcome> {
  const delivery = await deps.storage.getDeliveryToSend(message.tenantId, message.deliveryId);
  // The webhook was deleted since (its deliveries with it): nothing to send.
  if (delivery === null) return { result: "skipped", reason: "gone" };
  if (delivery.status === "delivered") return { result: "skipped", reason: "already_delivered" };
  const body = JSON.stringify(delivery.payload);
  const headers = signedHeaders(delivery.target.secret, delivery.eventId, new Date(), body);
  const outcome = await postWebhook(new URL(delivery.target.url), body, {
    policy: deps.webhooks.urlPolicy,
    timeoutMs: deps.webhooks.timeoutMs,
    headers: { ...headers },
  });
  const delivered = "statusCode" in outcome && outcome.statusCode >= 200 && outcome.statusCode < 300;
  recordMetric("webhook_deliveries", { result: delivered ? "delivered" : "failed" });
  if ("statusCode" in outcome && delivered) {
    await deps.storage.recordDeliveryAttempt(message.tenantId, delivery.id, {
      status: "delivered",
      statusCode: outcome.statusCode,
    });
    return { result: "delivered", statusCode: outcome.statusCode };
  }
  const dead = attempt >= deps.webhooks.maxAttempts;
  const statusCode = "statusCode" in outcome ? outcome.statusCode : undefined;
  const error = "error" in outcome ? outcome.error : `HTTP ${statusCode}`;
  await deps.storage.recordDeliveryAttempt(message.tenantId, delivery.id, {
    status: dead ? "dead" : "retrying",
    statusCode,
    error,
  });
  return { result: "retry", dead, statusCode, error };
}
