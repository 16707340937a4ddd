import { createStorage, type Storage } from "@futodama/storage";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { candidateIndexFor, clearCandidateIndexes, indexResume } from "../src/match/index-cache";
import { cardOf, persistElsewhere } from "./resume-rows";

/*
 * The per-tenant candidate index against a real (PGlite) database: built from the rows, and
 * caught up on every use with what another process parsed or deleted since.
 */
let storage: Storage;

beforeAll(async () => {
  storage = await createStorage({ driver: "pglite" });
});
afterAll(async () => {
  await storage?.close();
});

describe("candidate index cache", () => {
  it("builds from the database, then catches up with rows written elsewhere", async () => {
    const tenant = "index-a";
    const ann = await persistElsewhere(storage, tenant, "Ann Lee", "TypeScript, PostgreSQL");
    const index = await candidateIndexFor(storage, tenant);
    expect(index.size).toBe(1);
    expect(index.has(ann)).toBe(true);

    const bo = await persistElsewhere(storage, tenant, "Bo Berg", "Go, Kubernetes");
    expect(index.has(bo)).toBe(false);
    expect(await candidateIndexFor(storage, tenant)).toBe(index);
    expect(index.has(bo)).toBe(true);

    await storage.softDeleteRecord(tenant, "resume", ann);
    await candidateIndexFor(storage, tenant);
    expect([index.has(ann), index.size]).toEqual([false, 1]);
  });

  it("keeps tenants and storages apart, and takes a parsed CV at once when warm", async () => {
    const other = await persistElsewhere(storage, "index-b", "Cy Dahl", "Java");
    const a = await candidateIndexFor(storage, "index-a");
    const b = await candidateIndexFor(storage, "index-b");
    expect(a).not.toBe(b);
    expect(a.has(other)).toBe(false);
    expect(b.has(other)).toBe(true);

    await indexResume(storage, "index-b", "00000000-0000-4000-8000-000000000001", cardOf("Di Eng", "Rust"));
    expect(b.has("00000000-0000-4000-8000-000000000001")).toBe(true);
    // A record without a card is left out, not fatal (storage refuses any other card: records/cards.ts).
    await indexResume(storage, "index-b", "00000000-0000-4000-8000-000000000002", null);
    expect(b.has("00000000-0000-4000-8000-000000000002")).toBe(false);

    clearCandidateIndexes(storage);
    const rebuilt = await candidateIndexFor(storage, "index-b");
    expect(rebuilt).not.toBe(b);
    expect(rebuilt.size).toBe(1);
  });

  it("reads only what changed since the last catch-up, once for callers that arrive together", async () => {
    const tenant = "index-c";
    // A bulk import: every row written within the catch-up's five-second overlap.
    for (let i = 0; i < 30; i++) await persistElsewhere(storage, tenant, `Person ${i}`, "SQL");
    const index = await candidateIndexFor(storage, tenant);
    const reads = vi.spyOn(storage, "listResumeChanges");
    const rowsRead = async () => {
      const answers = await Promise.all(reads.mock.results.map((r) => r.value));
      return answers.reduce((sum, changes) => sum + changes.upserts.length + changes.removed.length, 0);
    };
    try {
      // 40 uses at once, with a CV written just before them: each sees it, the database is asked at most twice.
      const late = await persistElsewhere(storage, tenant, "Late Comer", "Rust");
      const seen = await Promise.all(
        Array.from({ length: 40 }, async () => (await candidateIndexFor(storage, tenant)).has(late)),
      );
      expect(seen.every(Boolean)).toBe(true);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
      expect(index.size).toBe(31);

      // Inside the overlap the versions already read are asked again, but not read again.
      reads.mockClear();
      await candidateIndexFor(storage, tenant);
      await candidateIndexFor(storage, tenant);
      await candidateIndexFor(storage, tenant);
      expect(await rowsRead()).toBe(0);

      // Six seconds on, past the overlap: the import is read once more, then no more.
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 6_000);
      await candidateIndexFor(storage, tenant);
      reads.mockClear();
      await candidateIndexFor(storage, tenant);
      await candidateIndexFor(storage, tenant);
      expect(reads.mock.calls.length).toBe(2);
      expect(await rowsRead()).toBe(0);
      expect(index.size).toBe(31);
    } finally {
      vi.useRealTimers();
      reads.mockRestore();
    }
  });
});
