export { createTaxonomy, defaultTaxonomyDir, loadTaxonomy } from "./load";
export {
  createNormalizer,
  defaultNormalizer,
  type Normalizer,
  type NormalizerOptions,
  type SkillMatch,
} from "./normalizer";
export type { TenantAlias } from "./skill-index";
export { normalizePhrase, type Token, tokenize } from "./text";
export type { TitleMatch } from "./title-match";
export type { Seniority, SkillEntry, SkillsFile, Taxonomy, TitleEntry, TitlesFile } from "./types";
