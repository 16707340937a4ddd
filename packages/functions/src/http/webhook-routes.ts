import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";
import {
  RegisteredWebhookSchema,
  RegisterWebhookBodySchema,
  WebhookDeliveryPageSchema,
  WebhookDeliverySchema,
  WebhookPageQuerySchema,
  WebhookPageSchema,
} from "./webhook-schemas";

const notFound = error("No such webhook for this tenant: webhook.not_found");

/** The webhooks domain: a tenant's endpoints and their deliveries. Admins only: URLs and secrets. */
export const webhookRoutes: RouteDef[] = [
  {
    operationId: "registerWebhook",
    method: "POST",
    path: "/api/webhooks",
    domain: "webhooks",
    summary: "Register an endpoint for events; the answer carries its signing secret, shown only this once",
    tags: ["webhooks"],
    auth: "admin",
    request: { body: RegisterWebhookBodySchema },
    responses: {
      201: { description: "Registered", schema: RegisteredWebhookSchema },
      400: error("Invalid URL (webhook.invalid_url) or one that is not public (webhook.url_not_allowed)"),
      ...authErrors,
    },
  },
  {
    operationId: "listWebhooks",
    method: "GET",
    path: "/api/webhooks",
    domain: "webhooks",
    summary: "The tenant's webhooks, newest first (without secrets)",
    tags: ["webhooks"],
    auth: "admin",
    request: { query: WebhookPageQuerySchema },
    responses: { 200: { description: "A page", schema: WebhookPageSchema }, ...authErrors },
  },
  {
    operationId: "deleteWebhook",
    method: "DELETE",
    path: "/api/webhooks/{id}",
    domain: "webhooks",
    summary: "Delete a webhook and its deliveries; nothing more is sent to it",
    tags: ["webhooks"],
    auth: "admin",
    request: { params: IdParamsSchema },
    responses: { 204: { description: "Deleted" }, ...authErrors, 404: notFound },
  },
  {
    operationId: "testWebhook",
    method: "POST",
    path: "/api/webhooks/{id}/test",
    domain: "webhooks",
    summary: "Send a webhook.test event to this endpoint now (queued and signed like any event)",
    tags: ["webhooks"],
    auth: "admin",
    request: { params: IdParamsSchema },
    responses: {
      202: { description: "The test delivery, queued", schema: WebhookDeliverySchema },
      ...authErrors,
      404: notFound,
    },
  },
  {
    operationId: "listWebhookDeliveries",
    method: "GET",
    path: "/api/webhooks/{id}/deliveries",
    domain: "webhooks",
    summary: "A webhook's recent deliveries, newest first: status, attempts, last answer",
    tags: ["webhooks"],
    auth: "admin",
    request: { params: IdParamsSchema, query: WebhookPageQuerySchema },
    responses: {
      200: { description: "A page", schema: WebhookDeliveryPageSchema },
      ...authErrors,
      404: notFound,
    },
  },
];
