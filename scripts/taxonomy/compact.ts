/**
 * The compact taxonomy (packages/core/src/taxonomy/compact.ts) from the source files in a
 * taxonomy directory: each section's bytes, and the file as committed and shipped — each
 * section zstd-compressed (packages/core/src/taxonomy/container.ts says why zstd).
 */
import {
  compactSectionBytes,
  compactTaxonomy,
  compressSection,
  loadSourceTaxonomy,
  packSections,
} from "../../packages/core/src/index";

export function compactTaxonomySections(taxonomyDir: string): Buffer[] {
  return compactSectionBytes(compactTaxonomy(loadSourceTaxonomy(taxonomyDir)));
}

export function compactTaxonomyFileContent(sections: readonly Buffer[]): Buffer {
  return packSections(sections.map(compressSection));
}
