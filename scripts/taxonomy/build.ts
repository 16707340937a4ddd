import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readCurated } from "./curated";
import { readEscoOccupations, readEscoSkills } from "./esco";
import { readOnetOccupations, readOnetTechnology } from "./onet";
import { mergeSkills } from "./skills";
import { buildTitles } from "./titles";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const taxonomyOutDir = join(repoRoot, "codex", "taxonomy");
export const curatedDir = join(taxonomyOutDir, "curated");

/** ../shared/data/codex-sources next to the repository, or $FUTODAMA_SHARED_DATA/codex-sources. */
export function defaultSourcesDir(): string {
  const shared = process.env.FUTODAMA_SHARED_DATA;
  return shared
    ? resolve(shared, "codex-sources")
    : resolve(repoRoot, "..", "shared", "data", "codex-sources");
}

export function sourcesAvailable(sourcesDir: string = defaultSourcesDir()): boolean {
  return existsSync(join(sourcesDir, "esco", "skills_en.csv")) && existsSync(join(sourcesDir, "onet"));
}

/** One record a line: readable diffs, compact files. */
function render(version: string, key: string, records: unknown[]): string {
  return `{"version":${JSON.stringify(version)},"${key}":[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`;
}

/** Builds codex/taxonomy/{skills,titles}.json in memory: file name → content. Deterministic. */
export function buildTaxonomy(
  sourcesDir: string = defaultSourcesDir(),
  curated: string = curatedDir,
): Record<string, string> {
  const skills = mergeSkills(readCurated(curated), [
    ...readEscoSkills(sourcesDir),
    ...readOnetTechnology(sourcesDir),
  ]);
  const titles = buildTitles(readOnetOccupations(sourcesDir), readEscoOccupations(sourcesDir));
  const hash = createHash("sha256")
    .update(JSON.stringify(skills))
    .update(JSON.stringify(titles))
    .digest("hex");
  const version = `1.0.0+${hash.slice(0, 12)}`;
  return {
    "skills.json": render(version, "skills", skills),
    "titles.json": render(version, "titles", titles),
  };
}
