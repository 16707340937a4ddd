import { and, arrayContains, desc, eq } from "drizzle-orm";
import { decodeCursor, isUuid } from "../cursor";
import type { Db } from "../database-types";
import { afterCursor, keysetPage } from "../shared/keyset";
import { clampLimit, type Page } from "../shared/paging";
import { ensureTenant } from "../tenants";
import { webhooks } from "../webhook.sql";

/** A registered endpoint, without its secret (which is shown once, at registration). */
export interface Webhook {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  createdAt: Date;
}

/** What a delivery needs: where to send and what to sign with. */
export interface WebhookTarget {
  id: string;
  url: string;
  secret: string;
}

export interface NewWebhook {
  url: string;
  events: string[];
  secret: string;
  description?: string | undefined;
}

const publicColumns = {
  id: webhooks.id,
  url: webhooks.url,
  events: webhooks.events,
  description: webhooks.description,
  createdAt: webhooks.createdAt,
};

export async function createWebhook(db: Db, tenantId: string, input: NewWebhook): Promise<Webhook> {
  await ensureTenant(db, tenantId);
  const [row] = await db
    .insert(webhooks)
    .values({ tenantId, ...input, description: input.description ?? null })
    .returning(publicColumns);
  if (!row) throw new Error("webhook insert returned no row");
  return row;
}

/** null for an id of another tenant, or no id at all. */
export async function getWebhook(db: Db, tenantId: string, webhookId: string): Promise<Webhook | null> {
  if (!isUuid(webhookId)) return null;
  const [row] = await db
    .select(publicColumns)
    .from(webhooks)
    .where(and(eq(webhooks.tenantId, tenantId), eq(webhooks.id, webhookId)));
  return row ?? null;
}

export async function listWebhooks(
  db: Db,
  tenantId: string,
  page: { limit?: number | undefined; cursor?: string | undefined } = {},
): Promise<Page<Webhook>> {
  const limit = clampLimit(page.limit);
  const cursor = page.cursor ? decodeCursor(page.cursor) : undefined;
  const rows = await db
    .select(publicColumns)
    .from(webhooks)
    .where(and(eq(webhooks.tenantId, tenantId), afterCursor(webhooks.createdAt, webhooks.id, cursor)))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
    .limit(limit + 1);
  return keysetPage(rows, limit);
}

/** Deletes the webhook and, by cascade, its deliveries; false when the tenant has no such one. */
export async function deleteWebhook(db: Db, tenantId: string, webhookId: string): Promise<boolean> {
  if (!isUuid(webhookId)) return false;
  const rows = await db
    .delete(webhooks)
    .where(and(eq(webhooks.tenantId, tenantId), eq(webhooks.id, webhookId)))
    .returning({ id: webhooks.id });
  return rows.length > 0;
}

/** The tenant's webhooks subscribed to an event type (`events` holds it). */
export async function listWebhookTargets(
  db: Db,
  tenantId: string,
  eventType: string,
): Promise<WebhookTarget[]> {
  return db
    .select({ id: webhooks.id, url: webhooks.url, secret: webhooks.secret })
    .from(webhooks)
    .where(and(eq(webhooks.tenantId, tenantId), arrayContains(webhooks.events, [eventType])));
}
