import { InputError } from "@futodama/core";
import { expect, it } from "vitest";
import type { CardRecord } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newDocument, newTenant } from "../support/fixtures";

export function listingSuite(ctx: () => SuiteContext): void {
  it("pages newest first across many pages with no duplicate and no gap", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const created: CardRecord[] = [];
    for (let i = 0; i < 23; i++) {
      created.push((await storage.registerDocument(tenant, newDocument("resume", `cv ${i}`))).record);
    }
    const seen: CardRecord[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await storage.listRecords(tenant, "resume", { limit: 5, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(pages).toBe(5);
    expect(new Set(seen.map((r) => r.id)).size).toBe(23);
    expect(seen.map((r) => r.id).sort()).toEqual(created.map((r) => r.id).sort());
    const order = seen.map((r) => [r.createdAt.getTime(), r.id] as const);
    const sorted = [...order].sort((x, y) => y[0] - x[0] || (y[1] < x[1] ? -1 : y[1] > x[1] ? 1 : 0));
    expect(order).toEqual(sorted);
  });

  it("clamps the page size to 1..100 and defaults to 20", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    await Promise.all(
      Array.from({ length: 21 }, (_, i) => storage.registerDocument(tenant, newDocument("job", `ad ${i}`))),
    );
    expect((await storage.listRecords(tenant, "job")).items).toHaveLength(20);
    expect((await storage.listRecords(tenant, "job", { limit: 0 })).items).toHaveLength(1);
    expect((await storage.listRecords(tenant, "job", { limit: 1000 })).items).toHaveLength(21);
    const all = await storage.listRecords(tenant, "job", { limit: 21 });
    expect(all.nextCursor).toBeNull();
  });

  it("combines status, q, language and date filters", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const early = await addParsed(storage, tenant, "job", "ada-ts", {
      title: "TypeScript Engineer",
      language: "en",
    });
    await new Promise((resolve) => setTimeout(resolve, 15));
    const target = await addParsed(storage, tenant, "job", "bob-ts", {
      title: "Senior TypeScript Dev",
      language: "en",
    });
    await addParsed(storage, tenant, "job", "cleo-ts", { title: "TypeScript Entwickler", language: "de" });
    await addParsed(storage, tenant, "job", "dan-go", { title: "Go Engineer", language: "en" });
    const failed = await storage.registerDocument(tenant, newDocument("job", "typescript-broken"));
    await storage.markFailed(tenant, failed.document.id, { code: "document.corrupt", reason: "unreadable" });

    const ids = async (filter: Parameters<typeof storage.listRecords>[2]) =>
      (await storage.listRecords(tenant, "job", filter)).items.map((r) => r.id);
    const after = target.record.createdAt;

    expect(await ids({ q: "typescript" })).toHaveLength(4); // title or filename, any case
    expect(await ids({ q: "TYPESCRIPT", status: "parsed" })).toHaveLength(3);
    expect(await ids({ q: "typescript", status: "parsed", language: "en" })).toHaveLength(2);
    const combined = { q: "typescript", status: "parsed", language: "en", createdAfter: after } as const;
    expect(await ids(combined)).toEqual([target.record.id]);
    expect(await storage.countRecords(tenant, "job", combined)).toBe(1);
    expect(await ids({ createdBefore: after })).toEqual([early.record.id]);
    expect(await ids({ q: "BOB-TS.TXT" })).toEqual([target.record.id]); // filename match
    expect(await storage.countRecords(tenant, "job", { status: "failed" })).toBe(1);
    expect(await storage.countRecords(tenant, "job")).toBe(5);
  });

  it("matches % and _ in q literally", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const percent = await addParsed(storage, tenant, "resume", "p", { title: "100% remote", language: null });
    const underscore = await addParsed(storage, tenant, "resume", "u", {
      title: "snake_case fan",
      language: null,
    });
    await addParsed(storage, tenant, "resume", "x", { title: "snakeXcase 1000", language: null });
    const ids = async (q: string) =>
      (await storage.listRecords(tenant, "resume", { q })).items.map((r) => r.id);
    expect(await ids("%")).toEqual([percent.record.id]);
    expect(await ids("e_c")).toEqual([underscore.record.id]);
    expect(await ids("\\")).toEqual([]);
  });

  it("rejects a cursor it did not issue", async () => {
    const { storage } = ctx();
    for (const cursor of ["garbage", Buffer.from('["not a date","x"]').toString("base64url"), "W10"]) {
      const listing = storage.listRecords(newTenant(), "job", { cursor });
      await expect(listing).rejects.toBeInstanceOf(InputError);
      await expect(listing).rejects.toMatchObject({ code: "list.invalid_cursor" });
    }
  });
}
