/**
 * The compact taxonomy (packages/core/src/taxonomy/compact.ts) from the source files in a
 * taxonomy directory: each section's JSON text, and the file as committed and shipped — each
 * section brotli-compressed (quality 11, a 16 MB window: ~30 s once per taxonomy change for the
 * smallest file; decompressing takes the same ~50 ms whatever the quality).
 */
import { brotliCompressSync, constants } from "node:zlib";
import {
  compactSections,
  compactTaxonomy,
  loadSourceTaxonomy,
  packSections,
} from "../../packages/core/src/index";

export function compactTaxonomyJson(taxonomyDir: string): string[] {
  const compact = compactTaxonomy(loadSourceTaxonomy(taxonomyDir));
  return compactSections.map((section) => JSON.stringify(compact[section]));
}

export function compactTaxonomyFileContent(sections: readonly string[]): Buffer {
  return packSections(
    sections.map((json) =>
      brotliCompressSync(json, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
        },
      }),
    ),
  );
}
