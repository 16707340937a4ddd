export { type CompactTaxonomy, compactSectionBytes, compactSections, compactTaxonomy } from "./compact";
export { packSections, unpackSections } from "./container";
export {
  compactTaxonomyFile,
  createTaxonomy,
  defaultTaxonomyDir,
  loadSourceTaxonomy,
  loadTaxonomy,
} from "./load";
export {
  createNormalizer,
  defaultNormalizer,
  type Normalizer,
  type NormalizerOptions,
  type SkillMatch,
} from "./normalizer";
export { createSkillRetriever, type SkillCandidate, type SkillRetriever } from "./retrieval";
export { retrievalTerms } from "./retrieval-terms";
export type { TenantAlias } from "./skill-index";
export { MIN_RETRIEVAL_SCORE, type SkillSuggestion } from "./suggest";
export { normalizePhrase, type Token, tokenize } from "./text";
export type { TitleMatch } from "./title-match";
export type { Seniority, SkillEntry, SkillsFile, Taxonomy, TitleEntry, TitlesFile } from "./types";
