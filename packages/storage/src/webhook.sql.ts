import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { oneOf, timestampMs } from "./columns";
import { tenants } from "./tenant.sql";

/** Where a delivery stands: queued, delivered (2xx), retrying after a failure, dead (sent to the DLQ). */
export const deliveryStatuses = ["pending", "delivered", "retrying", "dead"] as const;

/**
 * A tenant's webhook endpoint: the URL, the events it wants and the secret its deliveries are
 * signed with (Standard Webhooks `whsec_…`). The secret must stay readable to sign, so it is
 * stored as is and shown to the tenant once, when the webhook is registered.
 */
export const webhooks = pgTable(
  "webhooks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    events: text("events").array().notNull(),
    secret: text("secret").notNull(),
    description: text("description"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [index("webhooks_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc())],
);

/**
 * One event for one webhook. `eventId` is the idempotency key (the `webhook-id` header): the
 * same occurrence emitted twice (a retried step) is one row and one delivery.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** The exact JSON body that is signed and sent (ids and statuses, never document text). */
    payload: jsonb("payload").$type<unknown>().notNull(),
    status: text("status", { enum: deliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
    deliveredAt: timestampMs("delivered_at"),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_webhook_event_idx").on(t.webhookId, t.eventId),
    index("webhook_deliveries_tenant_webhook_created_idx").on(
      t.tenantId,
      t.webhookId,
      t.createdAt.desc(),
      t.id.desc(),
    ),
    // The reconciler's scan of deliveries never put on the queue (recovery/outbox.ts).
    index("webhook_deliveries_unsent_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.status} = 'pending' and ${t.attempts} = 0`),
    check("webhook_deliveries_status_check", oneOf(t.status, deliveryStatuses)),
    check("webhook_deliveries_attempts_check", sql`${t.attempts} >= 0`),
  ],
);
