import { expect, it } from "vitest";
import { createStorage } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { addParsed, cardFor, newDocument, newTenant } from "../support/fixtures";

/** Lists and reads answered again from memory while nothing in them changed (records/list-cache.ts). */
export function listCacheSuite(ctx: () => SuiteContext): void {
  it("keeps an unchanged list page and drops it at every write to the tenant's records of that kind", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document, record } = await storage.registerDocument(tenant, newDocument("resume", "kept a"));
    await addParsed(storage, tenant, "resume", "kept b", { title: "Bea", language: "en" });

    const first = await storage.listRecords(tenant, "resume");
    expect(await storage.listRecords(tenant, "resume")).toBe(first);
    // The page a caller gets is shared with the next caller: changing it fails instead.
    expect(() => {
      (first.items as { title: string | null }[])[0]!.title = "changed";
    }).toThrow(TypeError);

    // Another tenant's write, and a job of this tenant, leave this list as it was.
    await storage.registerDocument(newTenant(), newDocument("resume", "elsewhere"));
    await storage.registerDocument(tenant, newDocument("job", "an ad"));
    expect(await storage.listRecords(tenant, "resume")).toBe(first);

    const statusOf = async () =>
      (await storage.listRecords(tenant, "resume")).items.find((item) => item.id === record.id);
    await storage.markProcessing(tenant, document.id);
    expect((await statusOf())?.status).toBe("processing");
    await storage.markParsed(tenant, document.id, {
      card: cardFor("resume", "Ann"),
      title: "Ann",
      language: "en",
    });
    expect(await statusOf()).toMatchObject({ status: "parsed", title: "Ann" });
    await storage.updateRecord(tenant, "resume", record.id, { title: "Ann Lee" });
    expect((await statusOf())?.title).toBe("Ann Lee");
    await storage.softDeleteRecord(tenant, "resume", record.id);
    const after = await storage.listRecords(tenant, "resume");
    expect(after.items.map((item) => item.title)).toEqual(["Bea"]);
    expect(after.total).toBe(1);
  });

  it("keeps each filter's page apart, and never a page of whole cards", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    await addParsed(storage, tenant, "job", "first ad", { title: "First", language: "en" });
    await addParsed(storage, tenant, "job", "second ad", { title: "Second", language: "da" });
    const all = await storage.listRecords(tenant, "job");
    const danish = await storage.listRecords(tenant, "job", { language: "da" });
    expect(all.items).toHaveLength(2);
    expect(danish.items.map((item) => item.title)).toEqual(["Second"]);
    expect(await storage.listRecords(tenant, "job", { language: "da" })).toBe(danish);
    expect(await storage.listRecords(tenant, "job")).toBe(all);
    const withCard = await storage.listRecords(tenant, "job", { withCard: true });
    expect(withCard.items[0]?.card).not.toBeNull();
    expect(await storage.listRecords(tenant, "job", { withCard: true })).not.toBe(withCard);
  });

  it("sees a write that returned before the list was asked, also when many lists are asked at once", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    await storage.listRecords(tenant, "resume");
    const pages = await Promise.all(Array.from({ length: 20 }, () => storage.listRecords(tenant, "resume")));
    expect(new Set(pages).size).toBe(1);
    for (let i = 0; i < 5; i++) {
      await storage.registerDocument(tenant, newDocument("resume", `one more ${i}`));
      const [a, b] = await Promise.all([
        storage.listRecords(tenant, "resume"),
        storage.listRecords(tenant, "resume"),
      ]);
      expect(a.total).toBe(i + 1);
      expect(b).toBe(a);
    }
  });

  it("answers a record read again while the tenant's records are unchanged, and every change at once", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document, record } = await storage.registerDocument(tenant, newDocument("resume", "read me"));
    const first = await storage.readRecord(tenant, "resume", record.id);
    expect(first).toMatchObject({ id: record.id, status: "queued" });
    expect(await storage.readRecord(tenant, "resume", record.id.toUpperCase())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // A caller that must change what it got asks getRecord: its own copy.
    const own = await storage.getRecord(tenant, "resume", record.id);
    expect(own).toEqual(first);
    expect(own).not.toBe(first);

    await storage.markParsed(tenant, document.id, {
      card: cardFor("resume", "Dora"),
      title: "Dora",
      language: "en",
    });
    expect(await storage.readRecord(tenant, "resume", record.id)).toMatchObject({
      status: "parsed",
      title: "Dora",
    });
    await storage.updateRecord(tenant, "resume", record.id, { card: cardFor("resume", "Dora Lee") });
    const edited = await storage.readRecord(tenant, "resume", record.id);
    expect(edited?.card).toMatchObject({ personal_info: { name: "Dora Lee" } });
    // Another tenant asking for this id, and an id that is no record, read nothing.
    expect(await storage.readRecord(newTenant(), "resume", record.id)).toBeNull();
    expect(await storage.readRecord(tenant, "job", record.id)).toBeNull();
    await storage.softDeleteRecord(tenant, "resume", record.id);
    expect(await storage.readRecord(tenant, "resume", record.id)).toBeNull();
  });

  it("sees another process's write at once (a second connection pool on the same database)", async (test) => {
    const { storage, target } = ctx();
    // PGlite is one process's database: a second one on the same data is not possible.
    if (target.config.driver !== "postgres") return test.skip();
    const other = await createStorage(target.config);
    try {
      const tenant = newTenant();
      await storage.registerDocument(tenant, newDocument("resume", "mine"));
      expect((await storage.listRecords(tenant, "resume")).total).toBe(1);
      await other.registerDocument(tenant, newDocument("resume", "theirs"));
      expect((await storage.listRecords(tenant, "resume")).total).toBe(2);
      const { record } = await other.registerDocument(tenant, newDocument("resume", "theirs"));
      await other.updateRecord(tenant, "resume", record.id, { title: "Renamed elsewhere" });
      const titles = (await storage.listRecords(tenant, "resume")).items.map((item) => item.title);
      expect(titles).toContain("Renamed elsewhere");
      expect(await storage.readRecord(tenant, "resume", record.id)).toMatchObject({
        title: "Renamed elsewhere",
      });
      await other.updateRecord(tenant, "resume", record.id, { title: "And again" });
      expect(await storage.readRecord(tenant, "resume", record.id)).toMatchObject({ title: "And again" });
    } finally {
      await other.close();
    }
  });
}
