import * as z from "zod";
import degreesJson from "../../../../codex/lexicon/degrees.json" with { type: "json" };
import documentWordsJson from "../../../../codex/lexicon/document-words.json" with { type: "json" };
import headingsJson from "../../../../codex/lexicon/headings.json" with { type: "json" };
import jobHeadJson from "../../../../codex/lexicon/job-head.json" with { type: "json" };
import jobTermsJson from "../../../../codex/lexicon/job-terms.json" with { type: "json" };
import languageLevelsJson from "../../../../codex/lexicon/language-levels.json" with { type: "json" };
import languageNamesJson from "../../../../codex/lexicon/language-names.json" with { type: "json" };
import monthsJson from "../../../../codex/lexicon/months.json" with { type: "json" };
import personJson from "../../../../codex/lexicon/person.json" with { type: "json" };
import placesJson from "../../../../codex/lexicon/places.json" with { type: "json" };
import requirementsJson from "../../../../codex/lexicon/requirements.json" with { type: "json" };
import rolesJson from "../../../../codex/lexicon/roles.json" with { type: "json" };
import { languageLevels } from "../card/shared";
import { employmentTypes } from "../job/job-card-v1";

/**
 * The parsers' word lists (section headings, month names and the words of a date range, degree and
 * institution words, the words of job titles and employers, place names, the words of a job ad's
 * head, its terms and requirement cues, language levels, the words that find a CV's person, a
 * document's kind and a phone number) are codex data, so a language or a degree is added without
 * touching code. The JSON is imported, not read from disk, so the bundler embeds it in every
 * Lambda that parses.
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

/** A lexicon file: its name, a semver version, what it holds, then its lists. */
function lexicon<const Name extends string, const Shape extends z.ZodRawShape>(name: Name, lists: Shape) {
  return z.object({ name: z.literal(name), version: semver, description: z.string().min(1), ...lists });
}

export const HeadingsLexiconSchema = lexicon("headings", {
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
  /** Words of a heading that names the writer's referees ("References"): their links are not the writer's. */
  referee_headings: phrases,
});

export const MonthsLexiconSchema = lexicon("months", {
  months: z.array(phrases).length(12),
  /** Season words ("Summer 2014"): a date to the year. */
  seasons: phrases,
  /** The end of a range still running ("– present", "– nu"). */
  open_ends: alternatives,
  /** An open end written as a phrase, which needs no dash before it ("2019 till date"). */
  composed_open_ends: alternatives,
  /** The words between a range's start and end ("2015 to 2018"). */
  range_words: alternatives,
  /** The words before a start with no end ("since 2021"). */
  since_words: alternatives,
  /** The word before a range's start ("From 2014 to 2018"): part of the dates. */
  from_words: alternatives,
});

export const DegreesLexiconSchema = lexicon("degrees", {
  degree_words: alternatives,
  degree_abbreviations: alternatives,
  /** Products an abbreviation names the maker of ("MS Excel"): there it is no degree. */
  product_makers: phrases,
  institution_words: alternatives,
  institution_stems: alternatives,
  institution_stem_endings: z.array(z.string().min(1)),
  table_columns: phrases,
  field_connectors: phrases,
});

/** The languages the parser reads; a list keyed by language names no other. */
const languages = z.enum(["en", "da", "de", "fr", "es", "ar", "it", "pt", "nl", "pl"]);

export const RolesLexiconSchema = lexicon("roles", {
  role_nouns: z.record(languages, phrases),
  /** Only the languages that write a job as one compound word. */
  compound_role_endings: z.partialRecord(languages, alternatives),
  company_cues: phrases,
  /** The organisation words that end an employer's name and name no field of work ("… Hospital", "… Systems"). */
  employer_ends: phrases,
  workplace_nouns: phrases,
  legal_suffixes: z.object({ written: alternatives, any_case: alternatives }),
  /** What a template leaves where an entry's title, employer or place goes ("Job Title", "City, ST"). */
  field_placeholders: phrases,
});

export const DocumentWordsLexiconSchema = lexicon("document-words", {
  /** The phrasing of a job ad ("we are looking for", "vi søger"). */
  job_phrases: alternatives,
  /** The words of a CV ("curriculum vitae", "fødselsdato"). */
  resume_phrases: alternatives,
  /** The words that make a line's number a phone number ("tlf", "هاتف"). */
  phone_labels: alternatives,
  /** "Page", "Side", "Seite": a page's number printed as a line of its own ("Page 2 of 3"). */
  page_words: alternatives,
  /** "of", "af", "von": between a page's number and the count of pages. */
  page_of: alternatives,
  /** "e.g", "approx": written with a full stop, they lead on; no sentence ends there. */
  abbreviations_leading_on: phrases,
  /** "Limited", "Ahmed": names that end as a verb in the past tense does. */
  past_tense_names: phrases,
  /** "of", "in", "the": plain lower-case words that lead into a name ("Ministry of Education"), looked up as read. */
  function_words: phrases,
  /** "manage", "oversee": verbs that open a duty, in their plain form; "Manages", "Managing" are read too. */
  duty_verbs: phrases,
  /** "responsible", "led": other words that open a duty ("Responsible for…", "Led a team…"). */
  duty_openers: phrases,
  /** "of", "and", "in": small words an entry header's names and title hold ("Head of Sales"). */
  header_joiners: phrases,
  /** "for", "the", "was": words a sentence has and a title has not. */
  sentence_words: phrases,
});

export const PersonLexiconSchema = lexicon("person", {
  name_labels: alternatives,
  location_labels: alternatives,
  lives_in: alternatives,
  /** Whole lines that name no person ("Curriculum Vitae"). */
  not_names: alternatives,
  /** Words that make a line about the document itself ("Resume Template", "Page 2"). */
  document_words: alternatives,
  /** The lower-case words of a name ("van", "bin"): plain words, looked up as read. */
  name_particles: phrases,
  /** A template's line where the name goes ("Your Name"). */
  name_placeholders: alternatives,
  /** Words of a street or building ("Rd.", "Campus"): plain words, looked up without a full stop. */
  address_words: phrases,
  /** The street words a street's name ends on, written as one word ("Tarvexweg"): plain words, lower case. */
  street_endings: phrases,
  /** What may stand before a name on its line and is none of it ("Mr.", "Dr.", "Resume of"). */
  name_leads: alternatives,
  /** A line of personal particulars ("Indian, Married, 29 years"): plain words, lower case. */
  particulars: z.object({ marital_status: phrases, age_words: phrases }),
});

export const PlacesLexiconSchema = lexicon("places", {
  countries: phrases,
  cities: phrases,
  remote: phrases,
  /** The words that open a town's own name ("Fort", "North"): plain words, looked up in lower case. */
  town_prefixes: phrases,
  /** Countries that are part of another ("England"): before its name, its region. */
  country_parts: phrases,
  /** The words no name ends on ("Bank of", "Escuela de"): plain words, any case. */
  name_joiners: phrases,
  /** The words around a city that name its area ("Greater Manchester", "San Francisco Bay Area"). */
  metro_area: z.object({ before: phrases, after: phrases }),
});

export const JobTermsLexiconSchema = lexicon("job-terms", {
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

export const JobHeadLexiconSchema = lexicon("job-head", {
  title_labels: alternatives,
  company_labels: alternatives,
  location_labels: alternatives,
  /** "<Company> is hiring a <title> to …" (the English form), "<Company> søger en <title> til …". */
  hiring: z.object({
    is_verbs: alternatives,
    verbs_after_is: alternatives,
    articles_after_is: alternatives,
    clause_words_after_is: alternatives,
    verbs: alternatives,
    articles: alternatives,
    clause_words: alternatives,
  }),
  /** The writer's "we", no company's name. */
  ourselves: alternatives,
  title_prefixes: alternatives,
  gender_marks: alternatives,
  about_words: alternatives,
  /** What an "About …" heading names that is no company ("About the role"). */
  not_companies: alternatives,
  employer_links: alternatives,
  head_separators: alternatives,
  place_prepositions: alternatives,
  place_lead_ins: alternatives,
  place_tails: alternatives,
});

export const RequirementsLexiconSchema = lexicon("requirements", {
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

export const LanguageLevelsLexiconSchema = lexicon("language-levels", {
  /** In precedence order: the first level whose words a text has is its level. */
  levels: z.partialRecord(wordLevels, alternatives),
});

export const LanguageNamesLexiconSchema = lexicon("language-names", {
  /** By ISO 639-1 code; the first name is the English one. */
  names: z.record(z.string().regex(/^[a-z]{2}$/u), phrases),
});

export const headingsLexicon = HeadingsLexiconSchema.parse(headingsJson);
export const monthsLexicon = MonthsLexiconSchema.parse(monthsJson);
export const degreesLexicon = DegreesLexiconSchema.parse(degreesJson);
export const rolesLexicon = RolesLexiconSchema.parse(rolesJson);
export const documentWordsLexicon = DocumentWordsLexiconSchema.parse(documentWordsJson);
export const personLexicon = PersonLexiconSchema.parse(personJson);
export const placesLexicon = PlacesLexiconSchema.parse(placesJson);
export const jobTermsLexicon = JobTermsLexiconSchema.parse(jobTermsJson);
export const jobHeadLexicon = JobHeadLexiconSchema.parse(jobHeadJson);
export const requirementsLexicon = RequirementsLexiconSchema.parse(requirementsJson);
export const languageLevelsLexicon = LanguageLevelsLexiconSchema.parse(languageLevelsJson);
export const languageNamesLexicon = LanguageNamesLexiconSchema.parse(languageNamesJson);

/** One alternation of the lexicon's alternatives, in file order (the first that matches wins). */
export function alternation(sources: readonly string[]): string {
  return sources.join("|");
}

/** A whole text that is one of the alternatives: a label ("Stilling", "Lieu de travail"), "About us". */
export function oneOf(sources: readonly string[]): RegExp {
  return new RegExp(`^(${alternation(sources)})$`, "iu");
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
  const { bounded, unbounded } = byScript(sources);
  const parts =
    bounded.length > 0 ? [String.raw`(?<![\p{L}\p{N}_])(?:${alternation(bounded)})(?![\p{L}\p{N}_])`] : [];
  return alternation([...parts, ...unbounded]);
}

/**
 * The alternatives a word boundary can be drawn around, and those in Arabic script, which are
 * matched as written (a prefix joins them to the word before); each part in file order.
 */
function byScript(sources: readonly string[]): { bounded: string[]; unbounded: string[] } {
  return {
    bounded: sources.filter((source) => !arabicScript.test(source)),
    unbounded: sources.filter((source) => arabicScript.test(source)),
  };
}
