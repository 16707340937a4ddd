import { type EnvironmentSources, functionArgs } from "./env";
import { webhookDeliveryFunction } from "./functions";
import type { Storage } from "./storage";

export interface WebhookSources extends EnvironmentSources {
  storage: Storage;
}

/**
 * Issue 13: the delivery function on the webhook queue (its queue and DLQ are made with the
 * storage, since every function that emits events needs the queue's URL first). Partial batch
 * responses let one failing receiver's message go back, with its backoff, without the others.
 * Its row of the function table grants it exactly the consume actions on that queue.
 */
export function createWebhookDelivery(sources: WebhookSources) {
  const delivery = new sst.aws.Function(
    webhookDeliveryFunction.name,
    functionArgs(webhookDeliveryFunction, sources),
  );
  const subscription = sources.storage.webhookQueue.subscribe(delivery.arn, {
    batch: { size: 10, partialResponses: true },
  });
  return { delivery, subscription };
}
