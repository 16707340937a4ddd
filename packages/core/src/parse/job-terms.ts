import type { JobCardV1 } from "../job/job-card-v1";
import { alternation, jobTermsLexicon, oneOf, wordAlternation } from "./lexicon";
import { type Line, splitLabel } from "./text";

/**
 * Employment type, contract terms and salary, as job ads state them (en/da/de/fr/es/ar). The words
 * are codex/lexicon/job-terms.json; the shapes of amounts, ranges and rates are here.
 */

type Basics = JobCardV1["basics"];
type EmploymentType = NonNullable<Basics["employment_type"]>;

const terms = jobTermsLexicon;

/**
 * Words of each employment type, codex/lexicon/job-terms.json: the first type a text names wins.
 * Each with its global twin, which takes every mention of the type out of a text.
 */
const employmentPatterns = Object.entries(terms.employment_types).map(([type, words]) => {
  const source = wordAlternation(words);
  return {
    type: type as EmploymentType,
    pattern: new RegExp(source, "iu"),
    every: new RegExp(source, "giu"),
  };
});
const employmentLabel = new RegExp(alternation(terms.employment_labels), "iu");

/** The first employment type a text names, with its patterns. */
const employmentIn = (text: string) => employmentPatterns.find(({ pattern }) => pattern.test(text));

/** The employment type a short text names ("Contract", "Part-time"), or null. */
export function employmentTypeOf(text: string): EmploymentType | null {
  return employmentIn(text)?.type ?? null;
}

/** The text says how a job is held and nothing else: "Part-time", "(Contract)", "Full time". */
export function onlyEmploymentType(text: string): boolean {
  const found = employmentIn(text);
  return found !== undefined && !/\p{L}/u.test(text.replace(found.every, ""));
}

/** The employment type mentioned first (a labelled "Employment type:" line wins). */
export function findEmploymentType(
  lines: Line[],
): { value: EmploymentType; line: Line; quote: string } | null {
  let best: { value: EmploymentType; line: Line; quote: string; rank: number } | null = null;
  for (const line of lines) {
    const label = splitLabel(line.text);
    const labelled = label && employmentLabel.test(label.label);
    for (const { type: value, pattern } of employmentPatterns) {
      const m = pattern.exec(line.text);
      if (!m) continue;
      const rank = labelled ? -1 : line.i * 1000 + m.index;
      if (!best || rank < best.rank) best = { value, line, quote: m[0], rank };
    }
    if (best?.rank === -1) break;
  }
  return best ? { value: best.value, line: best.line, quote: best.quote } : null;
}

const permanent = new RegExp(wordAlternation(terms.contract_types.permanent), "iu");
const fixedTerm = new RegExp(wordAlternation(terms.contract_types.fixed_term), "iu");
const duration = new RegExp(
  String.raw`\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:${alternation(terms.duration_units)})\b(?:[^.\n]{0,50}\b(?:${alternation(terms.extension_words)})\b[^.\n]{0,30})?`,
  "iu",
);
const asap = new RegExp(wordAlternation(terms.start_now), "iu");
const startLabel = oneOf(terms.start_labels);
const rate = new RegExp(
  String.raw`(?:(?:DKK|EUR|USD|GBP|SEK|NOK|CHF|€|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:DKK|EUR|USD|GBP|SEK|NOK|CHF|kr\.?|€))\s*(?:\/|per|pr\.?|a|an)\s*(?:${alternation(terms.rate_units)})\b`,
  "iu",
);

export function findContract(text: string, lines: Line[]): Basics["contract"] {
  const type = permanent.test(text) ? "permanent" : fixedTerm.test(text) ? "fixed-term" : null;
  const labelledStart = lines
    .map((l) => splitLabel(l.text))
    .find((l) => l && startLabel.test(l.label))?.value;
  const start = labelledStart ?? asap.exec(text)?.[0] ?? null;
  const dur = duration.exec(text)?.[0] ?? null;
  const r = rate.exec(text)?.[0] ?? null;
  if (!type && !start && !dur && !r) return null;
  return { type, duration: dur, start_date: start, rate: r };
}

const currencyCodes: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", kr: "DKK", "kr.": "DKK" };
const money = String.raw`\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?\s?[kK]?`;
const cur = String.raw`DKK|EUR|USD|GBP|SEK|NOK|CHF|AED|SAR|QAR|EGP|€|\$|£|kr\.?`;
const periodUnits = alternation(Object.values(terms.salary_periods).flat());
const salaryPattern = new RegExp(
  String.raw`(?:(${cur})\s?(${money})|(${money})\s?(${cur}))(?:\s*(?:-|–|—|to|til|bis|à|a)\s*(?:${cur})?\s?(${money})\s?(?:${cur})?)?(?:\s*(?:\/|per|pr\.?|a|an|par|al|om)\s*(${periodUnits}))?`,
  "iu",
);
const salaryCue = new RegExp(alternation(terms.salary_words), "iu");

type Period = keyof typeof terms.salary_periods;

/** The period a salary's unit names ("måned": month), or null for none. */
function periodOf(unit: string): Period | null {
  const periods = Object.entries(terms.salary_periods) as Array<[Period, string[]]>;
  return periods.find(([, units]) => units.includes(unit))?.[0] ?? null;
}

function amount(raw: string | undefined): number | null {
  if (!raw) return null;
  const k = /k$/i.test(raw.trim());
  const digits = raw
    .replace(/[kK\s]/g, "")
    .replace(/[.,](?=\d{3}(?:\D|$))/g, "")
    .replace(",", ".");
  const n = Number(digits);
  return Number.isFinite(n) ? (k ? n * 1000 : n) : null;
}

export function findSalary(lines: Line[]): Basics["salary"] {
  for (const line of lines) {
    if (!salaryCue.test(line.text) && !/[€$£]\s?\d/.test(line.text)) continue;
    const m = salaryPattern.exec(line.text);
    if (!m) continue;
    if (rate.test(m[0])) continue;
    const symbol = (m[1] ?? m[4] ?? "").toLowerCase();
    const currency = currencyCodes[symbol] ?? (symbol ? symbol.toUpperCase() : null);
    const min = amount(m[2] ?? m[3]);
    const max = amount(m[5]);
    if (min === null || min < 10) continue;
    const period = periodOf((m[6] ?? "").toLowerCase());
    return {
      min,
      max,
      currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
      period,
      raw: m[0].trim(),
    };
  }
  return null;
}
