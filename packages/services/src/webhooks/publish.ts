import { InternalError } from "@futodama/core";
import type { WebhookDelivery } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { type DomainEvent, eventIdOf, payloadOf } from "./events";

type PublishDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

function queueOf(deps: PublishDeps) {
  if (deps.webhookQueue === undefined) {
    throw new InternalError("deps.not_built", "This function has no webhook queue (WEBHOOK_QUEUE_URL)");
  }
  return deps.webhookQueue;
}

/** Enqueues deliveries recorded (just now, or by a step a crash cut off): one message each, ids only. */
export async function enqueueDeliveries(
  deps: PublishDeps,
  tenantId: string,
  deliveries: ReadonlyArray<Pick<WebhookDelivery, "id">>,
): Promise<void> {
  if (deliveries.length === 0) return;
  await queueOf(deps).enqueue(deliveries.map((d) => ({ tenantId, deliveryId: d.id })));
}

/**
 * Tells the tenant's webhooks that something happened: a delivery row per subscribed webhook
 * (the event id makes a repeated emission a no-op) and a message each on the delivery queue.
 * Returns how many deliveries were queued now.
 */
export async function publishEvent(deps: PublishDeps, tenantId: string, event: DomainEvent): Promise<number> {
  const targets = await deps.storage.listWebhookTargets(tenantId, event.type);
  if (targets.length === 0) return 0;
  const payload = payloadOf(event);
  const size = Buffer.byteLength(JSON.stringify(payload));
  if (size > deps.webhooks.maxPayloadBytes) {
    throw new InternalError(
      "webhook.payload_too_large",
      `A ${event.type} payload of ${size} bytes is over the limit`,
    );
  }
  const eventId = eventIdOf(event);
  const created = await deps.storage.createDeliveries(
    tenantId,
    targets.map((t) => ({ webhookId: t.id, eventId, eventType: event.type, payload })),
  );
  await enqueueDeliveries(deps, tenantId, created);
  return created.length;
}
