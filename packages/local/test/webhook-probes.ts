import { expect } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call } from "./support";

type Probe = () => Promise<void>;

interface Tenants {
  runtime: LocalRuntime;
  /** Tenant A's and tenant B's admin tokens. */
  alice: string;
  bob: string;
}

/**
 * How tenant B tries to reach tenant A's webhooks (issue 13) and what it must get: never A's
 * endpoints, secrets or deliveries, and no way to fire, list or delete them.
 */
export function webhookProbes(tenants: () => Tenants): Record<string, Probe> {
  let alicesHook: Promise<string> | undefined;
  const hookOfAlice = () => {
    const { runtime, alice } = tenants();
    alicesHook ??= call(runtime, "POST", "/api/webhooks", {
      token: alice,
      json: { url: "http://127.0.0.1:9/alice", events: ["document.parsed"], description: "alice's" },
    }).then((res) => {
      expect(res.status).toBe(201);
      return String(res.body.id);
    });
    return alicesHook;
  };
  const deliveriesOfAlice = async (id: string) =>
    (await tenants().runtime.deps.storage.listDeliveries("tenant-a", id)).items.length;
  return {
    registerWebhook: async () => {
      const { runtime, bob } = tenants();
      const id = await hookOfAlice();
      const res = await call(runtime, "POST", "/api/webhooks", {
        token: bob,
        json: { url: "http://127.0.0.1:9/bob", events: ["document.parsed"] },
      });
      expect(res.status).toBe(201);
      expect(res.body.id).not.toBe(id);
      expect(await runtime.deps.storage.getWebhook("tenant-a", String(res.body.id))).toBeNull();
    },
    listWebhooks: async () => {
      const { runtime, bob } = tenants();
      const id = await hookOfAlice();
      const res = await call(runtime, "GET", "/api/webhooks?limit=100", { token: bob });
      expect(res.status).toBe(200);
      expect((res.body.items as Array<{ id: string }>).map((w) => w.id)).not.toContain(id);
      expect(JSON.stringify(res.body)).not.toContain("alice");
    },
    deleteWebhook: async () => {
      const { runtime, bob } = tenants();
      const id = await hookOfAlice();
      const res = await call(runtime, "DELETE", `/api/webhooks/${id}`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, "webhook.not_found"]);
      expect(await runtime.deps.storage.getWebhook("tenant-a", id)).not.toBeNull();
    },
    testWebhook: async () => {
      const { runtime, bob } = tenants();
      const id = await hookOfAlice();
      const before = await deliveriesOfAlice(id);
      const res = await call(runtime, "POST", `/api/webhooks/${id}/test`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, "webhook.not_found"]);
      expect(await deliveriesOfAlice(id)).toBe(before);
    },
    listWebhookDeliveries: async () => {
      const { runtime, bob } = tenants();
      const id = await hookOfAlice();
      const res = await call(runtime, "GET", `/api/webhooks/${id}/deliveries`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, "webhook.not_found"]);
    },
  };
}
