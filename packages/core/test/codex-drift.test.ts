import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  codexSchemaFileName,
  codexSchemaNames,
  defaultCodexDir,
  loadCodex,
  renderCodexSchemas,
} from "../src";

// CI fails here when a zod card schema changed but codex/ was not regenerated.
describe("codex drift", () => {
  const rendered = renderCodexSchemas();

  it.each(Object.keys(rendered))("codex/%s matches the zod schema", async (file) => {
    const onDisk = await readFile(join(defaultCodexDir(), file), "utf8").catch(() => null);
    if (onDisk !== rendered[file]) {
      expect.fail(`codex/${file} is out of date with the zod schemas: run pnpm codex:generate`);
    }
  });

  it("has no stale generated schema files", async () => {
    const onDisk = (await readdir(defaultCodexDir())).filter((file) => file.endsWith(".schema.json"));
    const stale = onDisk.filter((file) => !(file in rendered));
    expect(stale, "stale files in codex/: delete them or run pnpm codex:generate").toEqual([]);
  });

  it("lists every card schema in codex/manifest.json", async () => {
    const codex = await loadCodex();
    const listed = codex.list("schema").map((entry) => [entry.name, entry.file]);
    expect(listed).toEqual(codexSchemaNames.map((name) => [name, codexSchemaFileName(name)]));
  });

  it("renders draft 2020-12 with identity first and a trailing newline", () => {
    const text = rendered["job-card-v1.schema.json"] ?? "";
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(text)).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
    expect(JSON.parse(text)).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "urn:futodama:codex:job-card-v1",
      required: expect.arrayContaining(["schema", "basics", "requirements", "missing_fields"]),
    });
  });
});
