import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import {
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  registerWebhook,
  testWebhook,
} from "@futodama/services/webhooks";
import type { z } from "zod";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";
import type { RegisterWebhookBodySchema, WebhookPageQuerySchema } from "./webhook-schemas";

type PageQuery = z.infer<typeof WebhookPageQuerySchema>;

/** Lambda entry: the webhooks router (register, list, delete, test-fire, deliveries). */
export const handler = createDomainHandler(
  "webhooks",
  {
    registerWebhook: async ({ auth, body, deps }) => {
      const input = body as z.infer<typeof RegisterWebhookBodySchema>;
      return { status: 201, body: await registerWebhook(await deps(), auth.tenantId, input) };
    },
    listWebhooks: async ({ auth, query, deps }) => ({
      status: 200,
      body: await listWebhooks(await deps(), auth.tenantId, query as PageQuery),
    }),
    deleteWebhook: async ({ auth, params, deps }) => {
      await deleteWebhook(await deps(), auth.tenantId, (params as { id: string }).id);
      return { status: 204 };
    },
    testWebhook: async ({ auth, params, deps }) => {
      const id = (params as { id: string }).id;
      const delivery = await testWebhook(await deps(), auth.tenantId, id);
      return {
        status: 202,
        body: delivery,
        headers: { location: `/api/webhooks/${id}/deliveries`, "retry-after": "2" },
      };
    },
    listWebhookDeliveries: async ({ auth, params, query, deps }) => {
      const id = (params as { id: string }).id;
      const page = await listWebhookDeliveries(await deps(), auth.tenantId, id, query as PageQuery);
      return { status: 200, body: page };
    },
  },
  dependencies(storage, webhookQueue),
);
