import { STOP_WORDS } from "../taxonomy/stopwords";
import { normalizePhrase, tokenize } from "../taxonomy/text";

/**
 * Words that carry no meaning in a requirement ("5+ years of strong experience with …") in the
 * corpus languages, on top of the taxonomy's English stop words. Folded forms.
 */
const FILLER = new Set(
  `
  years year yrs experience experienced knowledge working work strong solid good excellent proven
  hands familiarity familiar understanding ability including least minimum plus ideally preferably
  someone candidate you we our professional production environment similar related relevant e.g
  must required require requires essential desirable preferred expect expected hold holds current
  valid setting settings competency competencies demonstrable demonstrated proficiency proficient
  one two three four five six seven eight nine ten
  og i med af til en et det er du på som for eller har kendskab erfaring mindst års år gerne god gode
  und der die das mit von oder im in zu ein eine mindestens jahre jahren erfahrung kenntnisse sehr gute
  et de la le les des du un une avec ou en minimum ans expérience maîtrise bonne connaissance
  `
    .split(/\s+/)
    .filter((w) => w !== ""),
);

const ALTERNATIVE_WORDS = new Set(["or", "eller", "oder", "ou", "o", "أو", "/"]);

function isContent(norm: string): boolean {
  if (norm === "/" || STOP_WORDS.has(norm) || FILLER.has(norm)) return false;
  if (/^\d+(?:[.,]\d+)?\+?$/.test(norm)) return false;
  return norm.length > 1 || norm.charCodeAt(0) > 0x7f;
}

/** Folded content words of a text: whole tokens only ("java" never matches inside "javascript"). */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) if (isContent(token.norm)) out.push(token.norm);
  return out;
}

/** Whether a requirement reads as alternatives ("TypeScript or Go"). */
export function hasAlternatives(text: string): boolean {
  return tokenize(text).some((t) => ALTERNATIVE_WORDS.has(t.norm));
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Whole-word containment: does the text contain this folded token as a word of its own? */
export function containsWord(text: string, norm: string): boolean {
  return tokenize(text).some((t) => t.norm === norm);
}

export const phraseKey = (text: string): string => normalizePhrase(text);

const LEVEL_RANK: Record<string, number> = {
  a1: 1,
  basic: 1,
  a2: 2,
  b1: 3,
  conversational: 3,
  b2: 4,
  professional: 4,
  c1: 5,
  fluent: 5,
  c2: 6,
  native: 6,
};

/** CEFR or plain-word level → rank 1..6; null/unknown → `fallback`. */
export function languageLevelRank(level: string | null | undefined, fallback: number): number {
  return level ? (LEVEL_RANK[level.toLowerCase()] ?? fallback) : fallback;
}

const DEGREES: Array<[RegExp, number]> = [
  [/\b(ph\.?\s?d|doctorate|doctoral|dr\.|doktor|ph\.d|dphil|doctorat)\b/iu, 5],
  [/\b(master|masters|msc|m\.sc|ma|m\.a|mba|meng|m\.eng|llm|cand\.\w+|kandidat|diplom|mastère)\b/iu, 4],
  [
    /\b(bachelor|bachelors|bachelor's|bsc|b\.sc|ba|b\.a|beng|b\.eng|bcom|llb|licence|professionsbachelor|degree|university degree|uddannet|studium)\b/iu,
    3,
  ],
  [/\b(associate|hnd|hnc|foundation degree|akademiuddannelse)\b/iu, 2],
  [/\b(nvq|apprenticeship|ausbildung|vocational|diploma|certificate|svendebrev|a-levels?|gcse)\b/iu, 1],
];

/** Degree level named in a text: 0 none … 5 doctorate (see CandidateFeatures.degreeRank). */
export function degreeRankOf(text: string | null | undefined): number {
  if (!text) return 0;
  for (const [pattern, rank] of DEGREES) if (pattern.test(text)) return rank;
  return 0;
}

const COUNTRIES: Record<string, string> = {
  "united kingdom": "gb",
  uk: "gb",
  "great britain": "gb",
  england: "gb",
  scotland: "gb",
  wales: "gb",
  "northern ireland": "gb",
  gb: "gb",
  storbritannien: "gb",
  "vereinigtes konigreich": "gb",
  "royaume uni": "gb",
  "united states": "us",
  usa: "us",
  us: "us",
  "united states of america": "us",
  denmark: "dk",
  danmark: "dk",
  danemark: "dk",
  dk: "dk",
  germany: "de",
  deutschland: "de",
  tyskland: "de",
  allemagne: "de",
  de: "de",
  france: "fr",
  frankrig: "fr",
  frankreich: "fr",
  fr: "fr",
  ireland: "ie",
  irland: "ie",
  irlande: "ie",
  ie: "ie",
  netherlands: "nl",
  nederland: "nl",
  holland: "nl",
  nl: "nl",
  sweden: "se",
  sverige: "se",
  norway: "no",
  norge: "no",
  canada: "ca",
  portugal: "pt",
  spain: "es",
  italy: "it",
  poland: "pl",
  belgium: "be",
  austria: "at",
  switzerland: "ch",
};

const CITIES: Record<string, string> = {
  kobenhavn: "copenhagen",
  "kobenhavn k": "copenhagen",
  arhus: "aarhus",
  munchen: "munich",
  koln: "cologne",
  wien: "vienna",
  "frankfurt am main": "frankfurt",
  lisboa: "lisbon",
};

export function countryKey(country: string | null | undefined): string | null {
  if (!country) return null;
  const key = normalizePhrase(country);
  if (key === "") return null;
  return COUNTRIES[key] ?? key;
}

export function cityKey(city: string | null | undefined): string | null {
  if (!city) return null;
  const key = normalizePhrase(city);
  if (key === "") return null;
  return CITIES[key] ?? key;
}
