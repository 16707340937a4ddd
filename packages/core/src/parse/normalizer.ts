import { defaultNormalizer, type Normalizer, type SkillMatch, type TitleMatch } from "../taxonomy";

/**
 * The part of the taxonomy normalizer the parsers use (any Normalizer fits; tests may hand in
 * a smaller one). Matching is on whole tokens ("java" is not "javascript").
 */
export type SkillHit = Pick<SkillMatch, "id" | "label" | "category" | "start" | "end" | "text">;
export type TitleHit = TitleMatch;
export type ParseNormalizer = Pick<Normalizer, "findSkills" | "findTitles">;

export function resolveNormalizer(given: ParseNormalizer | undefined): ParseNormalizer {
  return given ?? defaultNormalizer();
}
