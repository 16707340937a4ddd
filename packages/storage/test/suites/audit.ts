import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { NewAuditEvent } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { newTenant } from "../support/fixtures";

/** The AI audit trail (issue 13): append-only rows of one tenant, filtered, paged, counted. */
export function auditSuite(ctx: () => SuiteContext): void {
  const event = (fields: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
    kind: "analysis",
    provider: "openai",
    model: "gpt-4o-mini",
    promptVersion: "1.0.0",
    inputHash: "a".repeat(64),
    outcome: "ok",
    durationMs: 10,
    actorType: "user",
    actorId: "u1",
    ...fields,
  });

  it("records, filters by subject, kind and time, pages newest first and counts, within one tenant", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const other = newTenant();
    const jobId = randomUUID();
    const resumeId = randomUUID();
    await storage.recordAuditEvents(tenant, [
      event({ kind: "extraction", jobId }),
      event({ jobId, resumeId, promptTokens: 100, completionTokens: 50, totalTokens: 150 }),
    ]);
    await storage.recordAuditEvents(tenant, [event({ kind: "tailoring", jobId, resumeId })]);
    await storage.recordAuditEvents(other, [event({ jobId, resumeId })]);

    const all = await storage.listAuditEvents(tenant);
    expect(all.total).toBe(3);
    // Newest first; rows written together share their moment and are then in id order.
    expect(all.items.map((e) => e.kind)).toEqual(["tailoring", expect.any(String), expect.any(String)]);
    expect(all.items.map((e) => e.kind).sort()).toEqual(["analysis", "extraction", "tailoring"]);
    expect(all.items[0]).not.toHaveProperty("tenantId");
    expect((await storage.listAuditEvents(tenant, { resumeId })).total).toBe(2);
    expect((await storage.listAuditEvents(tenant, { jobId, kind: "extraction" })).total).toBe(1);
    expect(await storage.countAuditEvents(tenant, { kind: "vision" })).toBe(0);
    expect((await storage.listAuditEvents(tenant, { documentId: "not-a-uuid" })).items).toEqual([]);
    const newest = all.items[0]?.createdAt ?? new Date();
    expect((await storage.listAuditEvents(tenant, { to: new Date(newest.getTime() + 1) })).total).toBe(3);
    expect((await storage.listAuditEvents(tenant, { from: new Date(newest.getTime() + 1) })).total).toBe(0);

    const first = await storage.listAuditEvents(tenant, { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await storage.listAuditEvents(tenant, { limit: 2, cursor: first.nextCursor ?? "" });
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    expect(second.nextCursor).toBeNull();

    expect((await storage.listAuditEvents(other, { jobId })).items).toHaveLength(1);
    expect(await storage.countAuditEvents(other)).toBe(1);
  });

  it("sets a tailoring's verdict on its successful calls only, and never on another tenant's", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const other = newTenant();
    const tailoringId = randomUUID();
    await storage.recordAuditEvents(tenant, [
      event({ kind: "tailoring", tailoringId, outcome: "failed", errorCode: "ai.unavailable" }),
      event({ kind: "tailoring", tailoringId }),
    ]);
    await storage.recordAuditEvents(other, [event({ kind: "tailoring", tailoringId })]);
    const verdict = { result: "adjusted" as const, checked: 3, rejected: 1 };
    await storage.setTailoringAuditVerdict(tenant, tailoringId, verdict);
    const rows = (await storage.listAuditEvents(tenant)).items;
    expect(rows.map((r) => [r.outcome, r.verdict]).sort()).toEqual([
      ["failed", null],
      ["ok", verdict],
    ]);
    expect((await storage.listAuditEvents(other)).items[0]?.verdict).toBeNull();
  });
}
