import { createStorage, type Storage } from "@futodama/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
