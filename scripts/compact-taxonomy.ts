/**
 * Writes codex/taxonomy/taxonomy.json.br, the compact taxonomy every function, the CLI and the
 * local runtime load, from the committed skills.json and titles.json (scripts/build-taxonomy.ts
 * runs it after a rebuild). Usage: pnpm taxonomy:compact
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compactTaxonomyFile } from "../packages/core/src/index";
import { taxonomyOutDir } from "./taxonomy/build";
import { compactTaxonomyFileContent, compactTaxonomySections } from "./taxonomy/compact";

const started = performance.now();
const sections = compactTaxonomySections(taxonomyOutDir);
const compressed = compactTaxonomyFileContent(sections);
const raw = sections.reduce((sum, section) => sum + section.length, 0);
writeFileSync(join(taxonomyOutDir, compactTaxonomyFile), compressed);
console.log(
  `${compactTaxonomyFile}: ${(compressed.length / 1e6).toFixed(2)} MB (${(raw / 1e6).toFixed(2)} MB uncompressed) in ${Math.round(performance.now() - started)} ms`,
);
