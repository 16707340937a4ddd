import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildTaxonomy,
  curatedDir,
  defaultSourcesDir,
  sourcesAvailable,
  taxonomyOutDir,
} from "../../../scripts/taxonomy/build";
import { parseCsvRows } from "../../../scripts/taxonomy/csv";
import { readCurated } from "../../../scripts/taxonomy/curated";
import { loadSourceTaxonomy } from "../src";

const sources = defaultSourcesDir();
const haveSources = sourcesAvailable(sources);
if (!haveSources) {
  console.warn(
    `taxonomy-build: skipping the rebuild comparison, no sources in ${sources} (set FUTODAMA_SHARED_DATA)`,
  );
}

describe("buildTaxonomy", () => {
  it.skipIf(!haveSources)(
    "rebuilds exactly the committed codex/taxonomy files",
    () => {
      const started = performance.now();
      const files = buildTaxonomy(sources);
      console.log(`taxonomy build: ${Math.round(performance.now() - started)} ms`);
      for (const [name, content] of Object.entries(files)) {
        const committed = readFileSync(join(taxonomyOutDir, name), "utf8");
        // Compare lengths first: a 10 MB diff in a failure message helps nobody.
        expect(content.length, `${name} differs: run pnpm exec tsx scripts/build-taxonomy.ts`).toBe(
          committed.length,
        );
        expect(content === committed, `${name} differs: run pnpm exec tsx scripts/build-taxonomy.ts`).toBe(
          true,
        );
      }
    },
    60_000,
  );
});

describe("CSV parser", () => {
  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    expect(parseCsvRows('a,b,c\r\n"x, y","say ""hi""","line1\nline2"\nplain,q"uote,\n')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "line1\nline2"],
      ["plain", 'q"uote', ""],
    ]);
  });
});

describe("curated layer", () => {
  const curated = readCurated(curatedDir);
  const taxonomy = loadSourceTaxonomy();

  it("holds at least 600 hand-written entries with unique ids and existing links", () => {
    expect(curated.length).toBeGreaterThanOrEqual(600);
    const ids = new Set(taxonomy.skills.map((s) => s.id));
    expect(ids.size).toBe(taxonomy.skills.length);
    for (const skill of taxonomy.skills) {
      for (const ref of [...(skill.parents ?? []), ...(skill.related ?? [])]) {
        expect(ids.has(ref), `${skill.id} → ${ref}`).toBe(true);
      }
    }
  });

  it.each([
    ["sk_javascript", ["js", "JavaScript", "ecmascript"]],
    ["sk_typescript", ["ts"]],
    ["sk_kubernetes", ["k8s"]],
    ["sk_postgresql", ["postgres", "psql", "PostgreSQL"]],
    ["sk_react", ["react.js", "reactjs"]],
    ["sk_nodejs", ["node", "nodejs", "node.js"]],
    ["sk_gcp", ["gcp", "google cloud"]],
    ["sk_aws", ["aws", "amazon web services"]],
    ["sk_csharp", ["c#", "csharp"]],
    ["sk_dotnet", [".net", "dotnet"]],
    ["sk_cpp", ["c++", "cpp"]],
    ["sk_ci_cd", ["ci/cd", "cicd"]],
    ["sk_go", ["golang"]],
  ])("%s has the aliases %j", (id, aliases) => {
    const skill = taxonomy.skillById(id);
    expect(skill?.source).toBe("curated");
    const forms = new Set([skill?.label, ...(skill?.aliases ?? [])].map((a) => a?.toLowerCase()));
    for (const alias of aliases) expect(forms.has(alias.toLowerCase()), alias).toBe(true);
  });

  it("links technologies to their parents", () => {
    expect(taxonomy.skillById("sk_postgresql")?.parents).toContain("sk_sql");
    expect(taxonomy.skillById("sk_react")?.parents).toContain("sk_javascript");
    expect(taxonomy.skillById("sk_pandas")?.parents).toContain("sk_python");
  });

  it("folds ESCO and O*NET records into the curated entry they name", () => {
    const java = taxonomy.skillById("sk_java");
    expect(java?.sourceIds).toEqual(
      expect.arrayContaining(["esco:Java (computer programming)", "onet:Oracle Java"]),
    );
    expect(java?.sourceLabel).toBe("Java (computer programming)");
    expect(taxonomy.skills.some((s) => s.source !== "curated" && s.sourceLabel === "Oracle Java")).toBe(
      false,
    );
  });

  it("marks common-word technologies as ambiguous with context cues", () => {
    for (const id of ["sk_go", "sk_r", "sk_c", "sk_swift", "sk_spring", "sk_excel", "sk_rust", "sk_unity"]) {
      const skill = taxonomy.skillById(id);
      expect(skill?.ambiguous, id).toBe(true);
      expect(skill?.context?.length ?? 0, id).toBeGreaterThan(0);
    }
  });
});
