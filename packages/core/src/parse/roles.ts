import { answersByText } from "./answers";
import { alternation, rolesLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { phraseRegExp } from "./text";

/** Words that make a phrase a job title, or a company name, in the languages we read: codex/lexicon/roles.json. */

/**
 * The feminine forms a role noun's language makes by rule, where the list names the masculine:
 * German adds "-in" ("Werkstudent" → "Werkstudentin"), Spanish turns "-o" to "-a" and adds "-a"
 * to "-or" ("Becario" → "Becaria", "Programador" → "Programadora").
 */
function feminineForms(language: string, noun: string): string[] {
  if (/\s/u.test(noun)) return [];
  if (language === "de" && !noun.endsWith("in")) return [`${noun}in`];
  if (language === "es" && noun.endsWith("o")) return [`${noun.slice(0, -1)}a`];
  if (language === "es" && noun.endsWith("or")) return [`${noun}a`];
  return [];
}

const roleNouns = [
  ...new Set(
    Object.entries(rolesLexicon.role_nouns).flatMap(([language, nouns]) =>
      nouns.flatMap((noun) => [noun, ...feminineForms(language, noun)]),
    ),
  ),
];
const companyCues = rolesLexicon.company_cues;
const { written, any_case } = rolesLexicon.legal_suffixes;

const legalSuffix = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(written)})\.?(?![\p{L}])`, "u");
/** The longer suffixes in any case ("INFOSYS LTD", "Acme limited"); the two-letter ones only as written. */
const legalSuffixAnyCase = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(any_case)})\.?(?![\p{L}])`,
  "iu",
);

export const rolePattern = phraseRegExp(roleNouns);
/** Every long legal suffix of a text; matchAll works on a copy, so its lastIndex never moves. */
const everyLegalSuffix = new RegExp(legalSuffixAnyCase.source, "giu");

/**
 * Where the name's long legal suffix ends ("Quellin India Pvt Ltd", "TARVO LIMITED": only a firm
 * carries one; the two-letter ones, "SA", "SE", are too often a place), or -1.
 */
export function legalSuffixEnd(text: string): number {
  let end = -1;
  for (const hit of text.matchAll(everyLegalSuffix)) end = hit.index + hit[0].length;
  return end;
}
const legalSuffixAlone = new RegExp(String.raw`^(?:${alternation(any_case)})\.?$`, "iu");

/** The text is a long legal suffix and nothing else: "Inc.", "LLC", "Ltd" after a comma ("Tarvo Media, Inc."). */
export function isLegalSuffix(text: string): boolean {
  return legalSuffixAlone.test(text.trim());
}

/** Danish and German write roles as compounds: "Softwareentwickler", "Regnskabsansvarlig", "Bauleiterin". */
const compoundRole = new RegExp(
  String.raw`\p{L}(?:${alternation(Object.values(rolesLexicon.compound_role_endings).flat())})(?![\p{L}])`,
  "iu",
);
const companyPattern = phraseRegExp(companyCues);

/**
 * Places of work that name an employer only when they end the name: "Tarvo Law Reform Commission",
 * "Zentra Corner Store", but "Writing Center Tutor" and "Office Assistant" are jobs.
 */
const workplaceNouns = rolesLexicon.workplace_nouns;
const workplacePattern = phraseRegExp(workplaceNouns);

/** The first phrase, up to "of", a comma or a bracket: "Program officer" in "Program officer of X (NGO)". */
function firstPhrase(text: string): string {
  return text.split(/\s+of\s+|[,([]/u)[0] ?? text;
}

/** The first phrase's head word, its last: "officer" in "Program officer of X (NGO)". */
function headWord(text: string): string {
  return firstPhrase(text).trim().split(/\s+/).at(-1) ?? "";
}

/**
 * Organisation words outside a job's own phrase: "Software Engineer" and "Bank Teller" name the
 * field of a job (the head is a role noun), "Writing Tutor, Quellin University" names a place too.
 */
function organisationWord(text: string): boolean {
  // The cheap test first: most text holds no organisation word at all.
  if (!companyPattern.test(text)) return false;
  return !hasRoleWord(headWord(text)) || companyPattern.test(text.slice(firstPhrase(text).length));
}

function namesWorkplace(text: string): boolean {
  return workplacePattern.test(text) && !hasRoleWord(headWord(text));
}

/** A role noun in the text ("engineer", "Softwareentwickler"): it names a job. */
export function hasRoleWord(text: string): boolean {
  return rolePattern.test(text) || compoundRole.test(text);
}

/** How strongly the text reads as a job title (0 = not at all). */
export function titleScore(text: string, normalizer: ParseNormalizer): number {
  return titleScores(text, normalizer, () => scoreTitle(text, normalizer));
}

/** Title lookups are the costly part of reading an entry header; one header asks several times. */
const titleScores = answersByText<ParseNormalizer, number>();

function scoreTitle(text: string, normalizer: ParseNormalizer): number {
  let score = hasRoleWord(text) ? 2 : 0;
  const hit = normalizer.findTitles(text)[0];
  if (hit) score += hit.end - hit.start >= text.trim().length * 0.5 ? 3 : 1;
  if (text.length > 70) score -= 2;
  return score;
}

/**
 * How strongly the text reads as an organisation name (0 = not at all). `workplaces`: whether a
 * place-of-work noun counts ("… Store", "… Church"); the person-name check leaves them out,
 * since such nouns are surnames too ("Sam Store", "Ann Church").
 */
export function companyScore(text: string, workplaces = true): number {
  const cue =
    organisationWord(text) ||
    legalSuffix.test(text) ||
    legalSuffixAnyCase.test(text) ||
    (workplaces && namesWorkplace(text));
  let score = cue ? 2 : 0;
  if (/[&]|\b[A-Z]{2,}\b/.test(text) && !rolePattern.test(text)) score += 1;
  return score;
}

/** Role nouns that a field of work leads in a known title ("Finance Manager", "Science Officer"). */
const fieldProbes = ["Manager", "Specialist", "Officer", "Analyst", "Engineer", "Teacher"];

/**
 * A field of work ("Finance", "Customer Success"): a word or two that lead a known title before a
 * role noun ("Finance Analyst", "Customer Success Manager"); `role` is tried first when given.
 */
export function namesField(text: string, normalizer: ParseNormalizer, role?: string): boolean {
  return (role ? leadsTitle(`${text} ${role}`, normalizer) : false) || leadsProbe(text, normalizer);
}

/** The whole text one title: "Hands" is a title too, but "Hands-On Mobile Manager" is none. */
function leadsTitle(probe: string, normalizer: ParseNormalizer): boolean {
  return normalizer.findTitles(probe).some((hit) => hit.start === 0 && hit.end === probe.length);
}

const fieldAnswers = answersByText<ParseNormalizer, boolean>();
function leadsProbe(text: string, normalizer: ParseNormalizer): boolean {
  return fieldAnswers(text, normalizer, () =>
    fieldProbes.some((noun) => leadsTitle(`${text} ${noun}`, normalizer)),
  );
}
