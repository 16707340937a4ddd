import { randomUUID } from "node:crypto";
import { NotFoundError } from "@futodama/core";
import type { Page, Webhook, WebhookDelivery } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { type DomainEvent, eventIdOf, payloadOf, type WebhookEventType } from "./events";
import { enqueueDeliveries } from "./publish";
import { newWebhookSecret } from "./sign";
import { assertWebhookUrl } from "./url-policy";

type WebhookDeps = Pick<ServiceDeps, "storage" | "webhookQueue" | "webhooks">;

export interface RegisterWebhookInput {
  url: string;
  events: WebhookEventType[];
  description?: string | undefined;
}

/** A webhook as registered: the only time its secret is shown. */
export type RegisteredWebhook = Webhook & { secret: string };

const notFound = (webhookId: string) =>
  new NotFoundError("webhook.not_found", "No such webhook for this tenant", { details: { webhookId } });

/** Registers an endpoint after checking its URL (scheme and addresses, see url-policy.ts). */
export async function registerWebhook(
  deps: WebhookDeps,
  tenantId: string,
  input: RegisterWebhookInput,
): Promise<RegisteredWebhook> {
  const url = await assertWebhookUrl(input.url, deps.webhooks.urlPolicy);
  const secret = newWebhookSecret();
  const events = [...new Set(input.events)].sort();
  const webhook = await deps.storage.createWebhook(tenantId, {
    url: url.href,
    events,
    secret,
    description: input.description,
  });
  return { ...webhook, secret };
}

export function listWebhooks(
  deps: WebhookDeps,
  tenantId: string,
  page: { limit?: number | undefined; cursor?: string | undefined },
): Promise<Page<Webhook>> {
  return deps.storage.listWebhooks(tenantId, page);
}

export async function deleteWebhook(deps: WebhookDeps, tenantId: string, webhookId: string): Promise<void> {
  if (!(await deps.storage.deleteWebhook(tenantId, webhookId))) throw notFound(webhookId);
}

/** A webhook's recent deliveries, newest first (404 for another tenant's webhook). */
export async function listWebhookDeliveries(
  deps: WebhookDeps,
  tenantId: string,
  webhookId: string,
  page: { limit?: number | undefined; cursor?: string | undefined },
): Promise<Page<WebhookDelivery>> {
  if ((await deps.storage.getWebhook(tenantId, webhookId)) === null) throw notFound(webhookId);
  return deps.storage.listDeliveries(tenantId, webhookId, page);
}

/** Sends a `webhook.test` event to this one webhook now (through the queue, like any event). */
export async function testWebhook(
  deps: WebhookDeps,
  tenantId: string,
  webhookId: string,
): Promise<WebhookDelivery> {
  if ((await deps.storage.getWebhook(tenantId, webhookId)) === null) throw notFound(webhookId);
  const event: DomainEvent = {
    type: "webhook.test",
    subjectId: webhookId,
    occurrence: randomUUID(),
    data: { webhookId },
  };
  const [delivery] = await deps.storage.createDeliveries(tenantId, [
    { webhookId, eventId: eventIdOf(event), eventType: event.type, payload: payloadOf(event) },
  ]);
  if (delivery === undefined) throw new Error("test delivery was not recorded");
  await enqueueDeliveries(deps, tenantId, [delivery]);
  return delivery;
}
