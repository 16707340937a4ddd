import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import type { Page } from "../shared/paging";
import {
  createDeliveries,
  type DeliveryAttempt,
  type DeliveryToSend,
  getDeliveryToSend,
  listDeliveries,
  type NewDelivery,
  recordDeliveryAttempt,
  type WebhookDelivery,
} from "./deliveries";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  listWebhookTargets,
  type NewWebhook,
  type Webhook,
  type WebhookTarget,
} from "./webhooks";

export type {
  DeliveryAttempt,
  DeliveryStatus,
  DeliveryToSend,
  NewDelivery,
  WebhookDelivery,
} from "./deliveries";
export type { NewWebhook, Webhook, WebhookTarget } from "./webhooks";

type PageOptions = { limit?: number | undefined; cursor?: string | undefined };

/** Webhook endpoints of a tenant and the deliveries of its events (issue 13). */
export interface WebhookStorage {
  createWebhook(tenantId: string, input: NewWebhook): Promise<Webhook>;
  /** null for another tenant's id. */
  getWebhook(tenantId: string, webhookId: string): Promise<Webhook | null>;
  listWebhooks(tenantId: string, page?: PageOptions): Promise<Page<Webhook>>;
  deleteWebhook(tenantId: string, webhookId: string): Promise<boolean>;
  /** The tenant's endpoints that asked for this event type. */
  listWebhookTargets(tenantId: string, eventType: string): Promise<WebhookTarget[]>;
  /** The rows to enqueue: new now, or recorded before and never attempted (an event emitted again). */
  createDeliveries(tenantId: string, deliveries: NewDelivery[]): Promise<WebhookDelivery[]>;
  getDeliveryToSend(tenantId: string, deliveryId: string): Promise<DeliveryToSend | null>;
  recordDeliveryAttempt(tenantId: string, deliveryId: string, attempt: DeliveryAttempt): Promise<void>;
  listDeliveries(tenantId: string, webhookId: string, page?: PageOptions): Promise<Page<WebhookDelivery>>;
}

export function webhookStorage(db: Db): WebhookStorage {
  return bindDb(db, {
    createWebhook,
    getWebhook,
    listWebhooks,
    deleteWebhook,
    listWebhookTargets,
    createDeliveries,
    getDeliveryToSend,
    recordDeliveryAttempt,
    listDeliveries,
  });
}
