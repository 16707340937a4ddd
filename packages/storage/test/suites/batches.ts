import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { cardFor, newDocument, newTenant } from "../support/fixtures";

/** Batches (issue 13): counts from the items' documents, completed exactly once, tenant-scoped. */
export function batchSuite(ctx: () => SuiteContext): void {
  it("counts a batch's files by status and completes it once, when the last document settles", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const created = await storage.createBatch(tenant, { kind: "resume", source: "api" });
    if (created === null) throw new Error("no batch");
    const batch = created;
    // Its id cannot be taken over by another tenant's drop.
    expect(
      await storage.createBatch(newTenant(), { id: batch.id, kind: "resume", source: "drop" }),
    ).toBeNull();
    const a = await storage.registerDocument(tenant, newDocument("resume", "batch a"));
    const b = await storage.registerDocument(tenant, newDocument("resume", "batch b"));
    await storage.addBatchItems(tenant, batch.id, [
      { filename: "a.txt", documentId: a.document.id },
      { filename: "b.txt", documentId: b.document.id },
      { filename: "a-again.txt", documentId: a.document.id, duplicate: true },
      { filename: "bad.txt", error: "The file is empty", errorCode: "document.empty" },
    ]);
    expect((await storage.getBatchProgress(tenant, batch.id))?.counts).toEqual({
      total: 4,
      queued: 2,
      processing: 0,
      parsed: 0,
      failed: 1,
      duplicates: 1,
    });
    await storage.markParsed(tenant, a.document.id, {
      card: cardFor("resume", "A"),
      language: "en",
      title: "A",
    });
    expect(await storage.completeSettledBatches(tenant, { documentId: a.document.id })).toEqual([]);
    await storage.markFailed(tenant, b.document.id, { reason: "unreadable", code: "document.corrupt" });
    // Two steps asking at once: exactly one completes it.
    const [first, second] = await Promise.all([
      storage.completeSettledBatches(tenant, { documentId: b.document.id }),
      storage.completeSettledBatches(tenant, { batchId: batch.id }),
    ]);
    expect([...(first ?? []), ...(second ?? [])].map((x) => x.id)).toEqual([batch.id]);
    const progress = await storage.getBatchProgress(tenant, batch.id);
    expect(progress?.counts).toEqual({
      total: 4,
      queued: 0,
      processing: 0,
      parsed: 1,
      failed: 2,
      duplicates: 1,
    });
    expect(progress?.completedAt).toBeInstanceOf(Date);
    expect(progress?.failures.map((f) => [f.filename, f.code])).toEqual([
      ["b.txt", "document.corrupt"],
      ["bad.txt", "document.empty"],
    ]);
    expect((await storage.listBatchRecords(tenant, batch.id, "resume")).map((r) => r.filename)).toEqual([
      "a.txt",
      "a-again.txt",
    ]);
    const other = newTenant();
    expect(await storage.getBatchProgress(other, batch.id)).toBeNull();
    expect(await storage.listBatchRecords(other, batch.id, "resume")).toEqual([]);
    expect(await storage.completeSettledBatches(other, { batchId: batch.id })).toEqual([]);
  });

  it("waits for every file a drop announced, adding each key once", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const id = "6f1f3c1e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";
    const drop = { id, kind: "resume" as const, source: "drop" as const, expectedTotal: 2 };
    expect((await storage.createBatch(tenant, drop))?.id).toBe(id);
    expect((await storage.createBatch(tenant, drop))?.id).toBe(id);
    const a = await storage.registerDocument(tenant, newDocument("resume", "drop a"));
    await storage.markParsed(tenant, a.document.id, {
      card: cardFor("resume", "A"),
      language: "en",
      title: "A",
    });
    const item = { filename: "a.txt", documentId: a.document.id, sourceKey: `${tenant}/resumes/a.txt` };
    await storage.addBatchItems(tenant, id, [item]);
    await storage.addBatchItems(tenant, id, [item]);
    expect((await storage.getBatchProgress(tenant, id))?.counts.total).toBe(1);
    expect(await storage.completeSettledBatches(tenant, { batchId: id })).toEqual([]);
    await storage.addBatchItems(tenant, id, [
      { filename: "b.txt", documentId: a.document.id, duplicate: true, sourceKey: `${tenant}/resumes/b.txt` },
    ]);
    expect((await storage.completeSettledBatches(tenant, { batchId: id })).map((b) => b.id)).toEqual([id]);
  });
}
