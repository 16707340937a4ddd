import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { futodamaWithEnv, root } from "./support/cli";

/*
 * What `futodama parse` reads of the taxonomy. The first run decompresses the 13 MB of sections
 * into the cache; a later run reads only the records and phrase payloads its lookups touch
 * (packages/core/src/taxonomy/bytes.ts), not every section whole, which cost each parse ~60 ms
 * of `read` and the collector's time over it. Counted by a probe in the command's own process.
 */
const cache = mkdtempSync(join(tmpdir(), "futodama-taxonomy-cache-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function parseWithProbe(file: string) {
  const probe = join(root, "test/support/taxonomy-read-probe.mjs");
  const out = futodamaWithEnv(
    { FUTODAMA_TAXONOMY_CACHE: cache, NODE_OPTIONS: `--import=${probe}` },
    "parse",
    join(root, file),
    "--json",
  );
  expect(out.status, out.stderr).toBe(0);
  const counted = /taxonomy-cache-read (\d+) (\d+)/.exec(out.stderr);
  expect(counted, out.stderr).not.toBeNull();
  return { card: JSON.parse(out.stdout), read: Number(counted?.[1]), kept: Number(counted?.[2]) };
}

describe("futodama parse and the taxonomy", () => {
  it("reads a small part of the kept sections, and answers as when it decompressed them", () => {
    const first = parseWithProbe("bench/corpus/cvs/cv-da-03.pdf");
    expect(first.kept).toBeGreaterThan(10_000_000);
    for (const file of ["bench/corpus/cvs/cv-da-03.pdf", "bench/corpus/cvs/cv-ar-01.txt"]) {
      const again = parseWithProbe(file);
      if (file.endsWith(".pdf")) expect(again.card).toEqual(first.card);
      // Measured: 26% of the 13 MB kept for this PDF, 13% for the text CV (a line table per
      // record section, the phrase keys, the pages lookups touch). Every section whole is 100%.
      expect(again.read / again.kept, `read ${again.read} of ${again.kept} bytes`).toBeLessThan(0.35);
    }
  });
});
