import type { SkillPayload } from "./skill-index";
import type { TitlePayload } from "./title-match";
import type { PhraseDictionary } from "./trie";

/** A canonical skill: curated by hand, or read from ESCO / O*NET (see codex/NOTICE). */
export interface SkillEntry {
  id: string;
  label: string;
  aliases: string[];
  category: string;
  source: "curated" | "esco" | "onet";
  sourceLabel: string;
  sourceId?: string;
  /** Every ESCO / O*NET record merged into this one (curated entries), e.g. "onet:Oracle Java". */
  sourceIds?: string[];
  parents?: string[];
  related?: string[];
  /** Some surface forms are common words ("Go", "R", "Swift"): they need context to match. */
  ambiguous?: boolean;
  /** The gated surface forms (normalized); absent → the label and every one-token alias. */
  ambiguousAliases?: string[];
  /** Cue words that confirm an ambiguous form nearby. */
  context?: string[];
}

export type Seniority =
  | "intern"
  | "junior"
  | "mid"
  | "senior"
  | "lead"
  | "principal"
  | "head"
  | "director"
  | "executive";

export interface TitleEntry {
  id: string;
  label: string;
  aliases: string[];
  seniority?: string;
  source: string;
  sourceLabel: string;
  socCode?: string;
  iscoGroup?: string;
  sourceId?: string;
}

export interface Taxonomy {
  version: string;
  skills: SkillEntry[];
  titles: TitleEntry[];
  skillById(id: string): SkillEntry | undefined;
  titleById(id: string): TitleEntry | undefined;
  /** Phrase dictionaries built ahead of time (the compact taxonomy); absent → built on first use. */
  prebuilt?: {
    skillPhrases(): PhraseDictionary<SkillPayload>;
    titlePhrases(): PhraseDictionary<TitlePayload>;
  };
}

/** The committed files' shape: codex/taxonomy/skills.json and titles.json. */
export interface SkillsFile {
  version: string;
  skills: SkillEntry[];
}
export interface TitlesFile {
  version: string;
  titles: TitleEntry[];
}
