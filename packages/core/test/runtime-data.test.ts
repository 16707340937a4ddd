import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compactTaxonomyFile,
  defaultCodexDir,
  defaultTaxonomyDir,
  loadTaxonomy,
  runtimeDataPath,
} from "../src";

/*
 * Inside a Lambda package the bundle lives at /var/task/bundle.mjs: data found "next to the
 * source" would be looked for in /codex/…, which does not exist. Runtime data is found from the
 * function's own root instead (issue 9: the taxonomy was neither shipped nor findable).
 */

const repository = new URL("../../../codex/taxonomy/", import.meta.url);

describe("runtimeDataPath", () => {
  it("finds data under LAMBDA_TASK_ROOT inside a function's package", () => {
    expect(runtimeDataPath("codex/taxonomy", repository, { LAMBDA_TASK_ROOT: "/var/task" })).toBe(
      "/var/task/codex/taxonomy",
    );
  });

  it("lets FUTODAMA_DATA_ROOT override the Lambda root", () => {
    const env = { LAMBDA_TASK_ROOT: "/var/task", FUTODAMA_DATA_ROOT: "/opt/package" };
    expect(runtimeDataPath("fonts/a.ttf", repository, env)).toBe("/opt/package/fonts/a.ttf");
  });

  it("finds data next to the source in the repository, resolving a lazy location only there", () => {
    expect(existsSync(join(runtimeDataPath("x", repository, {}), "skills.json"))).toBe(true);
    const never = {
      resolve: (): URL => {
        throw new Error("resolved although a package root is set");
      },
    };
    expect(runtimeDataPath("fonts/a.ttf", never, { LAMBDA_TASK_ROOT: "/var/task" })).toBe(
      "/var/task/fonts/a.ttf",
    );
  });
});

describe("the taxonomy and the codex in a function's package", () => {
  it("are looked for under the package root, not next to the bundle's source", () => {
    expect(defaultTaxonomyDir({ LAMBDA_TASK_ROOT: "/var/task" })).toBe("/var/task/codex/taxonomy");
    expect(defaultCodexDir({ LAMBDA_TASK_ROOT: "/var/task" })).toBe("/var/task/codex");
  });

  it("loads the taxonomy from a package laid out as stacks/functions.ts ships it", () => {
    const root = mkdtempSync(join(tmpdir(), "futodama-package-"));
    cpSync(new URL(compactTaxonomyFile, repository), join(root, "codex/taxonomy", compactTaxonomyFile));
    const taxonomy = loadTaxonomy(defaultTaxonomyDir({ FUTODAMA_DATA_ROOT: root }));
    expect(taxonomy.skills.length).toBeGreaterThan(1000);
    expect(taxonomy.titles.length).toBeGreaterThan(1000);
  });

  it("says which file is missing when the package lacks it", () => {
    const empty = mkdtempSync(join(tmpdir(), "futodama-empty-"));
    expect(() => loadTaxonomy(defaultTaxonomyDir({ FUTODAMA_DATA_ROOT: empty }))).toThrow(
      expect.objectContaining({ code: "taxonomy.missing_file" }),
    );
  });
});
