/**
 * The compact taxonomy (packages/core/src/taxonomy/compact.ts) from the source files in a
 * taxonomy directory: each section's bytes, and the file as committed and shipped — each
 * section brotli-compressed (quality 11, a 16 MB window: ~30 s once per taxonomy change for the
 * smallest file; decompressing takes the same ~50 ms whatever the quality).
 */
import { brotliCompressSync, constants } from "node:zlib";
import {
  compactSectionBytes,
  compactTaxonomy,
  loadSourceTaxonomy,
  packSections,
} from "../../packages/core/src/index";

export function compactTaxonomySections(taxonomyDir: string): Buffer[] {
  return compactSectionBytes(compactTaxonomy(loadSourceTaxonomy(taxonomyDir)));
}

export function compactTaxonomyFileContent(sections: readonly Buffer[]): Buffer {
  return packSections(
    sections.map((bytes) =>
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    ),
  );
}
