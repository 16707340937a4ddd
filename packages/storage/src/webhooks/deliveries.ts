import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { decodeCursor, isUuid } from "../cursor";
import type { Db } from "../database-types";
import { afterCursor, keysetPage } from "../shared/keyset";
import { clampLimit, type Page } from "../shared/paging";
import { type deliveryStatuses, webhookDeliveries, webhooks } from "../webhook.sql";
import type { WebhookTarget } from "./webhooks";

export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** One event for one webhook, as the tenant sees it (the payload included: ids only). */
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
}

export interface NewDelivery {
  webhookId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
}

/** A delivery with where it goes: what the delivery worker sends. */
export interface DeliveryToSend extends WebhookDelivery {
  target: WebhookTarget;
}

export interface DeliveryAttempt {
  /** The HTTP status when one came back. */
  statusCode?: number | undefined;
  error?: string | undefined;
  status: Exclude<DeliveryStatus, "pending">;
}

const d = webhookDeliveries;
const columns = {
  id: d.id,
  webhookId: d.webhookId,
  eventId: d.eventId,
  eventType: d.eventType,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  deliveredAt: d.deliveredAt,
};

/**
 * One row per (webhook, event id): an event emitted again (a retried step) adds nothing. Returns
 * the rows to enqueue: those created now, and those of the same event never attempted yet (the
 * step that created them may have failed before it enqueued them; a second message for a row is
 * harmless, the worker skips what is delivered).
 */
export async function createDeliveries(
  db: Db,
  tenantId: string,
  deliveries: NewDelivery[],
): Promise<WebhookDelivery[]> {
  if (deliveries.length === 0) return [];
  await db
    .insert(d)
    .values(deliveries.map((delivery) => ({ tenantId, ...delivery })))
    .onConflictDoNothing({ target: [d.webhookId, d.eventId] });
  return db
    .select(columns)
    .from(d)
    .where(
      and(
        eq(d.tenantId, tenantId),
        inArray(d.webhookId, [...new Set(deliveries.map((x) => x.webhookId))]),
        inArray(d.eventId, [...new Set(deliveries.map((x) => x.eventId))]),
        eq(d.status, "pending"),
        eq(d.attempts, 0),
      ),
    );
}

export async function getDeliveryToSend(
  db: Db,
  tenantId: string,
  deliveryId: string,
): Promise<DeliveryToSend | null> {
  if (!isUuid(deliveryId)) return null;
  const [row] = await db
    .select({ ...columns, target: { id: webhooks.id, url: webhooks.url, secret: webhooks.secret } })
    .from(d)
    .innerJoin(webhooks, eq(webhooks.id, d.webhookId))
    .where(and(eq(d.tenantId, tenantId), eq(d.id, deliveryId)));
  return row ?? null;
}

/** Counts one attempt and its outcome. */
export async function recordDeliveryAttempt(
  db: Db,
  tenantId: string,
  deliveryId: string,
  attempt: DeliveryAttempt,
): Promise<void> {
  await db
    .update(d)
    .set({
      status: attempt.status,
      attempts: sql`${d.attempts} + 1`,
      lastStatusCode: attempt.statusCode ?? null,
      lastError: attempt.error?.slice(0, 500) ?? null,
      updatedAt: new Date(),
      ...(attempt.status === "delivered" ? { deliveredAt: new Date() } : {}),
    })
    .where(and(eq(d.tenantId, tenantId), eq(d.id, deliveryId)));
}

/** A webhook's deliveries, newest first. */
export async function listDeliveries(
  db: Db,
  tenantId: string,
  webhookId: string,
  page: { limit?: number | undefined; cursor?: string | undefined } = {},
): Promise<Page<WebhookDelivery>> {
  if (!isUuid(webhookId)) return { items: [], nextCursor: null };
  const limit = clampLimit(page.limit);
  const cursor = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await db
    .select(columns)
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.webhookId, webhookId), afterCursor(d.createdAt, d.id, cursor)))
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(limit + 1);
  return keysetPage(rows, limit);
}
