/** The shapes of step-1 matching (DESIGN.md §6, docs/scoring.md). */

export const matchCategories = [
  "must_have",
  "nice_to_have",
  "title",
  "seniority",
  "languages",
  "location",
  "education",
] as const;
export type MatchCategory = (typeof matchCategories)[number];

export type MatchWeights = Record<MatchCategory, number>;

export interface MatchEvidence {
  /** The requirement as the job states it ("Production experience with PostgreSQL"). */
  requirement: string;
  skillId?: string | null;
  matched: boolean;
  /**
   * exact: the same skill id; related: a taxonomy parent/related skill (partial credit); similar: a
   * skill near the requirement by embeddings (smaller partial credit, only with an OpenAI key); text: whole words.
   */
  via: "exact" | "related" | "similar" | "text" | null;
  /** What in the CV met it (a skill as written, a title, a bullet line). */
  candidateText?: string | null;
  note?: string;
}

export interface CategoryScore {
  /** 0..1 */
  score: number;
  /** The weight this category carried; 0 when the job asks nothing of it (not applicable). */
  weight: number;
  evidence: MatchEvidence[];
  /**
   * The job should fill this category but gave nothing to compare (no must-have was extracted,
   * no title): it keeps its weight at score 0 and is left out of `coverage`.
   */
  unknown?: boolean;
}

export interface MatchResult {
  /** 0..100, rounded to 0.1 */
  score: number;
  /** 0..1: the share of the job's weight that could be compared; the score cannot exceed 100 × coverage. */
  coverage: number;
  breakdown: Record<MatchCategory, CategoryScore>;
  /** Must-have requirements (as written) the CV shows no sign of; each one multiplies the total by the penalty. */
  missingMustHaves: string[];
}

/** A spoken language: ISO 639-1 code and a level rank (1 = A1/basic … 6 = C2/native). */
export interface LanguageFeature {
  code: string;
  level: number;
}

/**
 * What scoring needs from a CV, compact and JSON-serializable. Keys are folded (lower case,
 * no diacritics) so both the scorer and the index compare them as plain strings.
 */
export interface CandidateFeatures {
  /** Canonical skill ids, unique, in CV order. */
  skillIds: string[];
  /** Folded content words of the CV's skills, titles, headline, bullets, certifications and degrees, sorted, unique. */
  tokens: string[];
  /** Normalized title keys: headline and most recent role first. */
  titles: string[];
  /** How many of `titles` are recent (headline, current or last role). */
  recentTitles: number;
  /** Folded content words of every title and the headline, sorted, unique. */
  titleTokens: string[];
  /** Seniority rank (0 intern … 8 executive) from the latest title, or from years; null when unknown. */
  seniorityRank: number | null;
  /** Total years of experience, to 0.1; null when unknown. */
  years: number | null;
  languages: LanguageFeature[];
  city: string | null;
  /** ISO 3166-1 alpha-2 when known, else the folded name. */
  country: string | null;
  /** Highest degree: 0 none/unknown, 1 vocational, 2 associate, 3 bachelor, 4 master, 5 doctorate. */
  degreeRank: number;
  /** CV text the tokens came from (for evidence quotes only; never scored). The index does not keep it. */
  texts?: string[];
  /** Skill as written, by id (evidence only). */
  skillText?: Record<string, string>;
}

/** One requirement, prepared for matching. */
export interface QueryRequirement {
  /** As written in the job. */
  text: string;
  category: "must_have" | "nice_to_have" | "education";
  must: boolean;
  /** Alternatives ("TypeScript or Go"): any one satisfies the requirement. Empty: matched by text. */
  skillIds: string[];
  /** Taxonomy neighbours of skillIds (parents, children, related): partial credit. */
  relatedIds: string[];
  /**
   * Taxonomy skills near the requirement by embeddings (its skill's, or its text's when it has no
   * skill), nearest first, at or above the codex threshold: `similarityCredit`. Empty offline.
   */
  similar: SimilarSkill[];
  /** Folded content words, for requirements without a skill id. */
  tokens: string[];
  /** How many of `tokens` the CV must contain (at least half). */
  need: number;
  /** A degree level the requirement asks for (education), 0 when none. */
  degreeRank: number;
}

/** A taxonomy skill near a requirement by the cosine of their embeddings. */
export interface SimilarSkill {
  id: string;
  /** Rounded to 0.01; what the evidence shows. */
  cosine: number;
}

export interface LanguageRequirementQuery {
  code: string;
  /** Level rank required (1..6); 1 when the job names no level. */
  level: number;
  required: boolean;
  text: string;
}

export interface JobQuery {
  requirements: QueryRequirement[];
  title: {
    text: string | null;
    key: string | null;
    tokens: string[];
    /** The normalized title's ISCO-08 unit group as a number (2512), -1 when none is known. */
    occupation: number;
  };
  /** Years asked for (years_required, else the largest must-have years_min, else the seniority band). */
  years: number | null;
  /** Upper end of the job's seniority band in years (junior roles), for over-qualification. */
  yearsMax: number | null;
  seniorityRank: number | null;
  languages: LanguageRequirementQuery[];
  location: {
    remote: boolean;
    workMode: string | null;
    city: string | null;
    country: string | null;
    text: string | null;
  };
  weights: MatchWeights;
  relatedCredit: number;
  /** What a similar skill (`QueryRequirement.similar`) earns toward a requirement. */
  similarityCredit: number;
  missingFactor: number;
}
