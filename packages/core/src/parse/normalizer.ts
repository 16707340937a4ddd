import { defaultNormalizer } from "../taxonomy";

/**
 * The part of the taxonomy normalizer the parsers use, declared structurally so any
 * Normalizer fits. Matching is on whole tokens ("java" is not "javascript").
 */
export interface SkillHit {
  id: string;
  label: string;
  category: string;
  start: number;
  end: number;
  text: string;
}

export interface TitleHit {
  id: string;
  label: string;
  seniority: string | null;
  start: number;
  end: number;
  text: string;
}

export interface ParseNormalizer {
  findSkills(text: string): SkillHit[];
  findTitles(text: string): TitleHit[];
}

export function resolveNormalizer(given: ParseNormalizer | undefined): ParseNormalizer {
  return given ?? defaultNormalizer();
}
