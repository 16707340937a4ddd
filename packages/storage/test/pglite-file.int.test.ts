import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createStorage } from "../src/index";
import { cardFor, newDocument, newTenant } from "./support/fixtures";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "futodama-pglite-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("keeps its data in a file-backed PGlite across close and reopen", async () => {
  const dataDir = join(dir, "nested", "pglite");
  const tenant = newTenant();
  const first = await createStorage({ driver: "pglite", dataDir });
  const { record } = await first.registerDocument(tenant, newDocument("resume", "persisted cv"));
  await first.markParsed(tenant, record.documentId, {
    card: cardFor("resume", "Kept"),
    language: "en",
    title: "Kept",
  });
  await first.close();

  const reopened = await createStorage({ driver: "pglite", dataDir });
  try {
    expect(await reopened.getRecord(tenant, "resume", record.id)).toMatchObject({
      status: "parsed",
      card: { personal_info: { name: "Kept" } },
      title: "Kept",
    });
    expect(await reopened.countRecords(tenant, "resume")).toBe(1);
  } finally {
    await reopened.close();
  }
});
