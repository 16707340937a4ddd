import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import {
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  registerWebhook,
  testWebhook,
} from "@futodama/services/webhooks";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";
import { IdParamsSchema } from "./schemas";
import { handles } from "./typed-handler";
import { RegisterWebhookBodySchema, WebhookPageQuerySchema } from "./webhook-schemas";

/** Lambda entry: the webhooks router (register, list, delete, test-fire, deliveries). */
export const handler = createDomainHandler(
  "webhooks",
  {
    registerWebhook: handles({ body: RegisterWebhookBodySchema }, async ({ auth, body, deps }) => ({
      status: 201,
      body: await registerWebhook(await deps(), auth.tenantId, body),
    })),
    listWebhooks: handles({ query: WebhookPageQuerySchema }, async ({ auth, query, deps }) => ({
      status: 200,
      body: await listWebhooks(await deps(), auth.tenantId, query),
    })),
    deleteWebhook: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => {
      await deleteWebhook(await deps(), auth.tenantId, params.id);
      return { status: 204 };
    }),
    testWebhook: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => {
      const delivery = await testWebhook(await deps(), auth.tenantId, params.id);
      return {
        status: 202,
        body: delivery,
        headers: { location: `/api/webhooks/${params.id}/deliveries`, "retry-after": "2" },
      };
    }),
    listWebhookDeliveries: handles(
      { params: IdParamsSchema, query: WebhookPageQuerySchema },
      async ({ auth, params, query, deps }) => ({
        status: 200,
        body: await listWebhookDeliveries(await deps(), auth.tenantId, params.id, query),
      }),
    ),
  },
  dependencies(storage, webhookQueue),
);
