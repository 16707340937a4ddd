import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type AppError, bundledRules, loadCodex, parseCodexManifest } from "../src";

const entry = (overrides: Record<string, unknown> = {}) => ({
  name: "job-card-v1",
  version: "1.0.0",
  kind: "schema",
  file: "job-card-v1.schema.json",
  description: "Job card",
  ...overrides,
});

async function caught(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected an error");
}

describe("loadCodex (the repository's codex/)", () => {
  it("lists, gets and serves schemas and rules", async () => {
    const codex = await loadCodex();
    expect(codex.list().map((e) => e.name)).toEqual(
      expect.arrayContaining(["job-card-v1", "creative-job-v1", "resume-card-v1", "work-mode", "seniority"]),
    );
    expect(codex.list("rules").every((e) => e.kind === "rules")).toBe(true);
    expect(codex.schema("resume-card-v1")).toMatchObject({ $id: "urn:futodama:codex:resume-card-v1" });
    expect(codex.get("seniority")).toMatchObject({ kind: "rules", file: "rules/seniority.json" });
    expect(codex.rules("work-mode").modes.map((m) => m.mode)).toEqual(["hybrid", "remote", "onsite"]);
    expect(codex.rules("seniority")).toEqual(bundledRules.seniority);
    expect(codex.list()[0]).not.toHaveProperty("content");
  });

  it("answers unknown names and wrong kinds with codex.not_found", async () => {
    const codex = await loadCodex();
    for (const run of [
      () => codex.get("nope-v1"),
      () => codex.schema("work-mode"),
      () => codex.rules("job-card-v1"),
    ]) {
      const error = await caught(run);
      expect(error).toMatchObject({ name: "NotFoundError", code: "codex.not_found", status: 404 });
    }
  });
});

describe("codex manifest validation", () => {
  it("names the offending entry", () => {
    const error = (() => {
      try {
        parseCodexManifest({ version: 1, entries: [entry(), entry({ name: "work-mode", kind: "recipe" })] });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toMatchObject({ name: "InputError", code: "codex.invalid_manifest" });
    expect(error?.message).toContain('#1 ("work-mode")');
    expect(error?.message).toContain("kind");
  });

  it.each([
    ["a path outside codex/", entry({ file: "../secrets.json" })],
    ["an absolute path", entry({ file: "/etc/passwd" })],
    ["a version that contradicts -v1", entry({ version: "2.0.0" })],
    ["a missing description", entry({ description: undefined })],
  ])("rejects %s", (_label, bad) => {
    expect(() => parseCodexManifest({ version: 1, entries: [bad] })).toThrow(/codex manifest entry #0/);
  });

  it("rejects duplicate names and a wrong top-level shape", () => {
    expect(() => parseCodexManifest({ version: 1, entries: [entry(), entry()] })).toThrow(/twice/);
    expect(() => parseCodexManifest([entry()])).toThrow(/manifest is invalid/);
  });
});

describe("loadCodex (a directory of its own)", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function codexDir(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), "codex-"));
    await mkdir(join(dir, "rules"));
    for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
    return dir;
  }

  it("fails on malformed JSON in the manifest", async () => {
    const error = await caught(async () => loadCodex(await codexDir({ "manifest.json": "{ nope" })));
    expect(error).toMatchObject({ code: "codex.invalid_manifest" });
  });

  it("names an entry whose file is missing", async () => {
    const manifest = JSON.stringify({ version: 1, entries: [entry()] });
    const error = await caught(async () => loadCodex(await codexDir({ "manifest.json": manifest })));
    expect(error).toMatchObject({ code: "codex.invalid_manifest" });
    expect(error.message).toContain('"job-card-v1"');
  });

  it("validates known rules files", async () => {
    const manifest = JSON.stringify({
      version: 1,
      entries: [entry({ name: "work-mode", kind: "rules", file: "rules/work-mode.json" })],
    });
    const rules = JSON.stringify({ name: "work-mode", version: "1.0.0", description: "x", modes: [] });
    const error = await caught(async () =>
      loadCodex(await codexDir({ "manifest.json": manifest, "rules/work-mode.json": rules })),
    );
    expect(error).toMatchObject({ name: "InputError", code: "codex.invalid_file" });
  });
});
