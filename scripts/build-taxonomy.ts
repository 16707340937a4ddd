/**
 * Builds codex/taxonomy/skills.json and titles.json from the curated layer
 * (codex/taxonomy/curated/*.json) and the ESCO / O*NET sources in ../shared/data/codex-sources
 * (or $FUTODAMA_SHARED_DATA/codex-sources). Usage: pnpm exec tsx scripts/build-taxonomy.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTaxonomy, defaultSourcesDir, sourcesAvailable, taxonomyOutDir } from "./taxonomy/build";

const sourcesDir = process.argv[2] ?? defaultSourcesDir();
if (!sourcesAvailable(sourcesDir)) {
  console.error(`No taxonomy sources in ${sourcesDir} (set FUTODAMA_SHARED_DATA)`);
  process.exit(1);
}
const started = performance.now();
const files = buildTaxonomy(sourcesDir);
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(taxonomyOutDir, name), content);
  console.log(`${name}: ${(Buffer.byteLength(content) / 1e6).toFixed(2)} MB`);
}
console.log(`built in ${Math.round(performance.now() - started)} ms`);
// The compact form the code loads follows its sources.
await import("./compact-taxonomy");
