import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderCodexSchemas } from "../packages/core/src/codex/generate";

// Writes codex/<name>.schema.json from the zod schemas in packages/core. The drift test
// (packages/core/test/codex-drift.test.ts) fails when these files fall behind.
const codexDir = fileURLToPath(new URL("../codex/", import.meta.url));

await mkdir(codexDir, { recursive: true });
for (const [file, content] of Object.entries(renderCodexSchemas())) {
  const path = join(codexDir, file);
  const previous = await readFile(path, "utf8").catch(() => null);
  if (previous === content) {
    console.log(`unchanged codex/${file}`);
    continue;
  }
  await writeFile(path, content);
  console.log(`wrote     codex/${file}`);
}
