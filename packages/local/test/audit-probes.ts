import { expect } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call } from "./support";

type Probe = () => Promise<void>;

interface Tenants {
  runtime: LocalRuntime;
  /** Tenant A's and tenant B's admin tokens. */
  alice: string;
  bob: string;
  /** Tenant A's job and CV. */
  owned: { job: string; resume: string };
}

/**
 * How tenant B tries to read tenant A's AI audit trail (issue 13) and what it must get: none of
 * A's events, whichever of A's ids it filters by. The tenancy runtime has no OpenAI key (nothing
 * is audited offline), so A's event is written through the storage as a model call would be.
 */
export function auditProbes(tenants: () => Tenants): Record<string, Probe> {
  let alicesEvent: Promise<void> | undefined;
  const eventOfAlice = () => {
    const { runtime, owned } = tenants();
    alicesEvent ??= runtime.deps.storage.recordAuditEvents("tenant-a", [
      {
        kind: "analysis",
        provider: "openai",
        model: "gpt-4o-mini",
        promptVersion: "1.0.0",
        inputHash: "0".repeat(64),
        outcome: "ok",
        durationMs: 12,
        actorType: "user",
        actorId: "alice",
        jobId: owned.job,
        resumeId: owned.resume,
      },
    ]);
    return alicesEvent;
  };
  return {
    listAuditEvents: async () => {
      await eventOfAlice();
      const { runtime, alice, bob, owned } = tenants();
      const filters = ["", `?jobId=${owned.job}`, `?resumeId=${owned.resume}`, "?kind=analysis"];
      for (const query of filters) {
        const res = await call(runtime, "GET", `/api/audit/events${query}`, { token: bob });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ items: [], total: 0 });
      }
      const mine = await call(runtime, "GET", `/api/audit/events?jobId=${owned.job}`, { token: alice });
      expect(mine.body).toMatchObject({ total: 1, items: [{ actor: { type: "user", id: "alice" } }] });
    },
  };
}
