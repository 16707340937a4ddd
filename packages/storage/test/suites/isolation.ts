import { NotFoundError } from "@futodama/core";
import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newDocument, newTenant } from "../support/fixtures";

export function isolationSuite(ctx: () => SuiteContext): void {
  it("never lets a tenant see or change another tenant's rows", async () => {
    const { storage } = ctx();
    const [a, b] = [newTenant("a"), newTenant("b")];
    await storage.ensureTenant(a);
    await storage.ensureTenant(a); // idempotent
    await storage.ensureTenant(b);
    const { document, record } = await addParsed(storage, a, "resume", "isolated cv", {
      title: "Ada",
      language: "en",
    });

    expect(await storage.getDocument(b, document.id)).toBeNull();
    expect(await storage.getRecord(b, "resume", record.id)).toBeNull();
    expect(await storage.getRecordByDocument(b, document.id)).toBeNull();
    expect(await storage.findDocumentByHash(b, "resume", document.sha256)).toBeNull();
    expect((await storage.listRecords(b, "resume")).items).toEqual([]);
    expect(await storage.countRecords(b, "resume")).toBe(0);
    await expect(storage.markProcessing(b, document.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      storage.markParsed(b, document.id, { card: {}, language: null, title: "stolen" }),
    ).rejects.toMatchObject({ code: "document.not_found" });
    await expect(
      storage.markFailed(b, document.id, { code: "x.nope", reason: "nope" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await storage.softDeleteRecord(b, "resume", record.id)).toBe(false);

    // ...and tenant A's row is untouched by all of that.
    const mine = await storage.getRecord(a, "resume", record.id);
    expect(mine).toMatchObject({ status: "parsed", title: "Ada", deletedAt: null });
    expect(await storage.countRecords(a, "resume")).toBe(1);
  });

  it("treats the same file in two tenants as two documents", async () => {
    const { storage } = ctx();
    const input = newDocument("job", "shared job ad");
    const first = await storage.registerDocument(newTenant(), input);
    const second = await storage.registerDocument(newTenant(), input);
    expect(first.created && second.created).toBe(true);
    expect(first.document.id).not.toBe(second.document.id);
  });

  it("answers a malformed id with not found rather than a database error", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    expect(await storage.getRecord(tenant, "job", "not-a-uuid")).toBeNull();
    expect(await storage.getDocument(tenant, "1 or 1=1")).toBeNull();
    expect(await storage.softDeleteRecord(tenant, "job", "x")).toBe(false);
    await expect(storage.markFailed(tenant, "x", { code: "x.r", reason: "r" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("keeps skill aliases per tenant, case-insensitively, and re-points them", async () => {
    const { storage } = ctx();
    const [a, b] = [newTenant("a"), newTenant("b")];
    await storage.putSkillAlias(a, "  Navision ", "sk_dynamics_nav");
    expect(await storage.listSkillAliases(a)).toMatchObject([
      { alias: "navision", skillId: "sk_dynamics_nav" },
    ]);
    expect(await storage.listSkillAliases(b)).toEqual([]);
    await storage.putSkillAlias(a, "NAVISION", "sk_dynamics_365");
    expect(await storage.listSkillAliases(a)).toMatchObject([
      { alias: "navision", skillId: "sk_dynamics_365" },
    ]);
    expect(await storage.deleteSkillAlias(b, "navision")).toBe(false);
    expect(await storage.deleteSkillAlias(a, "Navision")).toBe(true);
    expect(await storage.listSkillAliases(a)).toEqual([]);
  });
}
