import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { newTenant } from "../support/fixtures";

/** Webhook endpoints and their deliveries: tenant-scoped, one delivery per (webhook, event id). */
export function webhookSuite(ctx: () => SuiteContext): void {
  it("registers, lists, finds targets by event and deletes webhooks within one tenant", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const other = newTenant();
    const hook = await storage.createWebhook(tenant, {
      url: "https://example.com/hook",
      events: ["document.parsed", "document.failed"],
      secret: "whsec_test",
    });
    expect(hook).toMatchObject({ url: "https://example.com/hook", description: null });
    expect(hook).not.toHaveProperty("secret");
    expect((await storage.listWebhooks(tenant)).items.map((w) => w.id)).toEqual([hook.id]);
    expect((await storage.listWebhooks(other)).items).toEqual([]);
    expect(await storage.getWebhook(other, hook.id)).toBeNull();
    expect(await storage.listWebhookTargets(tenant, "document.failed")).toEqual([
      { id: hook.id, url: hook.url, secret: "whsec_test" },
    ]);
    expect(await storage.listWebhookTargets(tenant, "tailoring.completed")).toEqual([]);
    expect(await storage.listWebhookTargets(other, "document.failed")).toEqual([]);
    expect(await storage.deleteWebhook(other, hook.id)).toBe(false);
    expect(await storage.deleteWebhook(tenant, hook.id)).toBe(true);
    expect(await storage.getWebhook(tenant, hook.id)).toBeNull();
  });

  it("records one delivery per event id, counts attempts and hides them from other tenants", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const hook = await storage.createWebhook(tenant, {
      url: "https://example.com/hook",
      events: ["document.parsed"],
      secret: "whsec_test",
    });
    const delivery = {
      webhookId: hook.id,
      eventId: "evt_1",
      eventType: "document.parsed",
      payload: { a: 1 },
    };
    const [created] = await storage.createDeliveries(tenant, [delivery]);
    expect(created).toMatchObject({ status: "pending", attempts: 0, eventId: "evt_1" });
    // Emitted again before any attempt: the same row, to enqueue again; after one, nothing.
    expect((await storage.createDeliveries(tenant, [delivery])).map((d) => d.id)).toEqual([created?.id]);
    const id = created?.id ?? "";
    await storage.recordDeliveryAttempt(tenant, id, { status: "retrying", statusCode: 500 });
    expect(await storage.createDeliveries(tenant, [delivery])).toEqual([]);
    await storage.recordDeliveryAttempt(tenant, id, { status: "delivered", statusCode: 204 });
    const sent = await storage.getDeliveryToSend(tenant, id);
    expect(sent).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 204 });
    expect(sent?.deliveredAt).toBeInstanceOf(Date);
    expect(sent?.target).toEqual({ id: hook.id, url: hook.url, secret: "whsec_test" });
    expect(await storage.getDeliveryToSend(newTenant(), id)).toBeNull();
    expect((await storage.listDeliveries(tenant, hook.id)).items.map((d) => d.id)).toEqual([id]);
    expect((await storage.listDeliveries(newTenant(), hook.id)).items).toEqual([]);
  });
}
