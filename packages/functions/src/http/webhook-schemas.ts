import { webhookEventTypes } from "@futodama/services/webhooks/events";
import * as z from "zod";
import { pageLimit } from "./query-schemas";

/** The webhooks domain's HTTP shapes (issue 13; docs/webhooks.md). */

/** The events a webhook may subscribe to: the very list the services emit. */
export const WebhookEventTypeSchema = z.enum(webhookEventTypes).meta({ id: "WebhookEventType" });

export const RegisterWebhookBodySchema = z
  .object({
    url: z
      .string()
      .max(2000)
      .describe("Where deliveries are POSTed: https, a public address (http and 127.0.0.1 only locally)"),
    events: z.array(WebhookEventTypeSchema).min(1).max(20).describe("The events this endpoint wants"),
    description: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: "RegisterWebhookRequest" });

const webhookShape = {
  id: z.uuid(),
  url: z.string(),
  events: z.array(WebhookEventTypeSchema),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
};

export const WebhookSchema = z.object(webhookShape).meta({ id: "Webhook" });

export const RegisteredWebhookSchema = z
  .object({
    ...webhookShape,
    secret: z
      .string()
      .describe("whsec_… : the key deliveries are signed with (Standard Webhooks). Shown only now: keep it"),
  })
  .meta({ id: "RegisteredWebhook" });

export const WebhookPageSchema = z
  .object({ items: z.array(WebhookSchema), nextCursor: z.string().nullable() })
  .meta({ id: "WebhookPage" });

export const WebhookDeliverySchema = z
  .object({
    id: z.uuid(),
    webhookId: z.uuid(),
    eventId: z.string().describe("The webhook-id header: the same for every attempt (deduplicate on it)"),
    eventType: z.string(),
    payload: z.unknown().describe("The body sent: {type, timestamp, data}"),
    status: z.enum(["pending", "delivered", "retrying", "dead"]),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "WebhookDelivery" });

export const WebhookDeliveryPageSchema = z
  .object({ items: z.array(WebhookDeliverySchema), nextCursor: z.string().nullable() })
  .meta({ id: "WebhookDeliveryPage" });

export const WebhookPageQuerySchema = z
  .object({ limit: pageLimit(100).optional(), cursor: z.string().max(500).optional() })
  .strict();
