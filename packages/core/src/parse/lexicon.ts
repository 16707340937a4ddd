import * as z from "zod";
import degreesJson from "../../../../codex/lexicon/degrees.json" with { type: "json" };
import headingsJson from "../../../../codex/lexicon/headings.json" with { type: "json" };
import jobTermsJson from "../../../../codex/lexicon/job-terms.json" with { type: "json" };
import languageLevelsJson from "../../../../codex/lexicon/language-levels.json" with { type: "json" };
import monthsJson from "../../../../codex/lexicon/months.json" with { type: "json" };
import placesJson from "../../../../codex/lexicon/places.json" with { type: "json" };
import requirementsJson from "../../../../codex/lexicon/requirements.json" with { type: "json" };
import rolesJson from "../../../../codex/lexicon/roles.json" with { type: "json" };
import { languageLevels } from "../card/shared";
import { employmentTypes } from "../job/job-card-v1";

/**
 * The parsers' word lists (section headings, month names, degree and institution words, the
 * words of job titles and employers, place names, a job ad's terms and requirement cues, language
 * levels) are
 * codex data, so a language or a degree is added without touching code. The JSON is imported,
 * not read from disk, so the bundler embeds it in every Lambda that parses.
 */

const semver = z.string().regex(/^\d+\.\d+\.\d+$/);
const phrases = z.array(z.string().trim().min(1)).min(1);
/** Alternatives of one regular expression: each must compile on its own. */
const alternatives = z
  .array(
    z
      .string()
      .min(1)
      .refine((source) => compiles(source), "Not a valid regular expression alternative"),
  )
  .min(1);

function compiles(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

const resumeKinds = [
  "summary",
  "experience",
  "education",
  "skills",
  "languages",
  "certifications",
  "projects",
  "contact",
  "ignored",
] as const;
const jobKinds = [
  "about",
  "role",
  "responsibilities",
  "requirements",
  "nice",
  "benefits",
  "apply",
  "details",
] as const;

export const HeadingsLexiconSchema = z.object({
  name: z.literal("headings"),
  version: semver,
  description: z.string().min(1),
  resume: z.record(z.enum(resumeKinds), phrases),
  job: z.record(z.enum(jobKinds), phrases),
  /** Sub-headings inside a work entry ("Responsibilities & Achievements"): content, not a new section. */
  entry_parts: phrases,
  /**
   * Labels of an entry's fields ("Position: …", "Company: …"), written inside the entry; `other`
   * labels fields that are neither ("Client: …", "Team size: …"), so neither their label nor their
   * value is taken for a title or an employer.
   */
  entry_labels: z.object({ title: phrases, employer: phrases, other: phrases, education: phrases }),
  /**
   * Verbs that lead into a job stated in a sentence ("Working as <Title> with <Employer>"), and the
   * words that state a business of the writer's own ("Self-employed in <Name>").
   */
  job_sentences: z.object({ lead_verbs: phrases, promotion_verbs: phrases, own_business: phrases }),
  /** Labels a form puts before the person's name ("First name(s) / Surname(s)"), colon or none. */
  personal_labels: z.object({ name: phrases }),
});

export const MonthsLexiconSchema = z.object({
  name: z.literal("months"),
  version: semver,
  description: z.string().min(1),
  months: z.array(phrases).length(12),
  /** Season words ("Summer 2014"): a date to the year. */
  seasons: phrases,
});

export const DegreesLexiconSchema = z.object({
  name: z.literal("degrees"),
  version: semver,
  description: z.string().min(1),
  degree_words: alternatives,
  degree_abbreviations: alternatives,
  institution_words: alternatives,
  institution_stems: alternatives,
  institution_stem_endings: z.array(z.string().min(1)),
});

/** The languages the parser reads; a list keyed by language names no other. */
const languages = z.enum(["en", "da", "de", "fr", "es", "ar"]);

export const RolesLexiconSchema = z.object({
  name: z.literal("roles"),
  version: semver,
  description: z.string().min(1),
  role_nouns: z.record(languages, phrases),
  /** Only the languages that write a job as one compound word. */
  compound_role_endings: z.partialRecord(languages, alternatives),
  company_cues: phrases,
  workplace_nouns: phrases,
  legal_suffixes: z.object({ written: alternatives, any_case: alternatives }),
});

export const PlacesLexiconSchema = z.object({
  name: z.literal("places"),
  version: semver,
  description: z.string().min(1),
  countries: phrases,
  cities: phrases,
  remote: phrases,
});

export const JobTermsLexiconSchema = z.object({
  name: z.literal("job-terms"),
  version: semver,
  description: z.string().min(1),
  employment_labels: alternatives,
  /** In precedence order: the first type whose words a text has is its type. */
  employment_types: z.partialRecord(z.enum(employmentTypes), alternatives),
  contract_types: z.object({ permanent: alternatives, fixed_term: alternatives }),
  duration_units: alternatives,
  extension_words: alternatives,
  start_labels: alternatives,
  start_now: alternatives,
  rate_units: alternatives,
  salary_words: alternatives,
  /** Plain words, looked up as written once read: "per måned" is a monthly salary. */
  salary_periods: z.object({ year: phrases, month: phrases, hour: phrases, day: phrases, week: phrases }),
});

export const RequirementsLexiconSchema = z.object({
  name: z.literal("requirements"),
  version: semver,
  description: z.string().min(1),
  nice_cues: alternatives,
  must_cues: alternatives,
  implied_must_cues: alternatives,
  experience_words: alternatives,
  language_cues: alternatives,
  certification_words: alternatives,
  degree_words: alternatives,
  /** Numbers written as words ("five years"): each a plain word, looked up as read. */
  number_words: z.record(z.string().regex(/^\p{L}+$/u), z.int().min(1).max(10)),
  year_words: alternatives,
  clause_conjunctions: alternatives,
});

/** The levels a word states; the CEFR levels are read as written, without a word list. */
const wordLevels = z.enum(languageLevels).exclude(["A1", "A2", "B1", "B2", "C1", "C2"]);

export const LanguageLevelsLexiconSchema = z.object({
  name: z.literal("language-levels"),
  version: semver,
  description: z.string().min(1),
  /** In precedence order: the first level whose words a text has is its level. */
  levels: z.partialRecord(wordLevels, alternatives),
});

export const headingsLexicon = HeadingsLexiconSchema.parse(headingsJson);
export const monthsLexicon = MonthsLexiconSchema.parse(monthsJson);
export const degreesLexicon = DegreesLexiconSchema.parse(degreesJson);
export const rolesLexicon = RolesLexiconSchema.parse(rolesJson);
export const placesLexicon = PlacesLexiconSchema.parse(placesJson);
export const jobTermsLexicon = JobTermsLexiconSchema.parse(jobTermsJson);
export const requirementsLexicon = RequirementsLexiconSchema.parse(requirementsJson);
export const languageLevelsLexicon = LanguageLevelsLexiconSchema.parse(languageLevelsJson);

/** One alternation of the lexicon's alternatives, in file order (the first that matches wins). */
export function alternation(sources: readonly string[]): string {
  return sources.join("|");
}

const arabicScript = /\p{Script=Arabic}/u;

/**
 * The alternatives as whole words (for a pattern with the `u` flag): no letter, digit or "_" on
 * either side. Not `\b`, which knows only ASCII word characters: it never bounded "ønskeligt",
 * "apprécié" or "exigé", so no text could trigger them. Words in Arabic script are matched as
 * written, after the others (each part in file order): a prefix ("و", "ال") joins them to the
 * word before. A whole pattern: its alternatives are top-level.
 */
export function wordAlternation(sources: readonly string[]): string {
  const bounded = sources.filter((source) => !arabicScript.test(source));
  const unbounded = sources.filter((source) => arabicScript.test(source));
  const parts =
    bounded.length > 0 ? [String.raw`(?<![\p{L}\p{N}_])(?:${alternation(bounded)})(?![\p{L}\p{N}_])`] : [];
  return alternation([...parts, ...unbounded]);
}
