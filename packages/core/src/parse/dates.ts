import { answersByText } from "./answers";
import {
  composedOpen,
  from,
  monthAlternation,
  monthNames,
  open,
  point,
  seasons,
  separator,
  since,
  year,
} from "./date-words";
import { placeholderRange } from "./placeholder-dates";
import { foldDigits } from "./text";

/**
 * Dates as CVs write them, in en/da/de/fr/es/ar: "Jan 2020 – Present", "03/2019", "2019-03",
 * "2015–2018", "since 2021", "jan. 2020 – nu", "seit 2019", "منذ ٢٠١٩". Output is YYYY-MM or YYYY.
 */

export interface DateRange {
  start: string | null;
  end: string | null;
  current: boolean;
}

export interface DateHit extends DateRange {
  /** Offset of the match in the text given. */
  index: number;
  length: number;
  /** A lone date ("2016", "June 2016") rather than a range. */
  single: boolean;
}

const rangePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:(?:${since}|${from}):?\s+)?(${point})(?:(?:${separator})(${composedOpen}|${open}|${point})|\s+(${composedOpen}))|(?:${since}):?\s+(${point}))(?![\p{L}\p{N}])`,
  "giu",
);
/** "2015–19", "2015 - 19": a two-digit end year (a bare "2015-12" stays ISO year-month). */
const shortRange =
  /(?<![\p{L}\p{N}])(19[5-9]\d|20\d\d)(\s*[–—]\s*|\s+-\s+|-)(\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
/**
 * Ranges written loosely: "20082012" and "2005present" (the dash went with a lost line break),
 * "1/09 to Present" and "8/05-7/06" (month/two-digit year), "14/8/12 onwards" and "1/6/10 - 30/7/12"
 * (a day first), "January-June 2009" (one year for both).
 */
const gluedRange = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${year})(${year}|present|current|now|till date|to date)(?![\p{L}\p{N}])`,
  "giu",
);
/** "1/09" (month/two-digit year), or "14/8/12" (a day before them, as Indian CVs write dates). */
const shortNumeric = String.raw`(?:(?:0?[1-9]|[12]\d|3[01])\/)?(?:0?[1-9]|1[0-2])\/\d{2}|(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/\d{2}`;
const numericShortRange = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.])(${shortNumeric})(?:(?:${separator})(${shortNumeric}|${composedOpen}|${open})|\s+(${composedOpen}))(?![\p{L}\p{N}/])`,
  "giu",
);
const monthSpan = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${monthAlternation})\.?(?:${separator})(${monthAlternation})\.?,?\s*(${year})(?![\p{L}\p{N}])`,
  "giu",
);
/** "August 2014 —" closing the text: a range whose end was left open, as templates write "to now". */
const dashOpenEnd = new RegExp(String.raw`(?<![\p{L}\p{N}])(${point})\s*[-–—]+\s*$`, "iu");
/** What every `point` holds (a year, or "'19"): without it no range nor lone date can match. */
const yearLike = new RegExp(String.raw`${year}|['’]\d{2}`, "u");
const pointPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(${point})(?![\p{L}\p{N}])`, "giu");

/**
 * "1/09" → "2009-01", "14/8/12" → "2012-08" (a two-digit year up to next year's is this century).
 * Day and month are read day first unless the second cannot be a month ("8/14/12").
 */
function fromMonthShortYear(text: string, now: Date): string | null {
  const parts = text.split("/");
  const yy = parts.at(-1) ?? "";
  const second = parts.length === 3 ? Number(parts[1]) : Number.NaN;
  const m =
    parts.length === 2 ? (parts[0] ?? "") : second >= 1 && second <= 12 ? (parts[1] ?? "") : (parts[0] ?? "");
  if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12 || !/^\d{2}$/.test(yy)) return null;
  const century = Number(yy) <= (now.getFullYear() + 1) % 100 ? 2000 : 1900;
  return `${century + Number(yy)}-${m.padStart(2, "0")}`;
}

function looseRanges(folded: string, now: Date): DateHit[] {
  const hits: DateHit[] = [];
  // Every loose form has a year or a month/year: most lines have neither, and are done here.
  const hasYear = /(?:19|20)\d\d/.test(folded);
  if (!hasYear && !/\d\/\d\d/.test(folded)) return hits;
  const add = (m: RegExpMatchArray, start: string | null, endRaw: string | null, current: boolean) => {
    const end = current ? null : endRaw;
    if (!start || !plausible(start, now) || (!current && (!end || end < start || !plausible(end, now))))
      return;
    if (!current && Number(end?.slice(0, 4)) - Number(start.slice(0, 4)) > 40) return;
    hits.push({ start, end, current, index: m.index ?? 0, length: m[0].length, single: false });
  };
  for (const m of hasYear ? folded.matchAll(gluedRange) : []) {
    const endYear = /^\d{4}$/.test(m[2] ?? "") ? (m[2] as string) : null;
    add(m, m[1] ?? null, endYear, endYear === null);
  }
  for (const m of folded.matchAll(numericShortRange)) {
    const end = m[3] ? null : fromMonthShortYear(m[2] ?? "", now);
    add(m, fromMonthShortYear(m[1] ?? "", now), end, end === null);
  }
  for (const m of hasYear ? folded.matchAll(monthSpan) : []) {
    add(m, toYearMonth(`${m[1]} ${m[3]}`), toYearMonth(`${m[2]} ${m[3]}`), false);
  }
  const openEnd = hasYear ? dashOpenEnd.exec(folded) : null;
  if (openEnd) add(openEnd, toYearMonth(openEnd[1] ?? ""), null, true);
  return hits;
}

/** "Mar 2019" → "2019-03", "03/2019" → "2019-03", "2019" → "2019"; null when not a date. */
export function toYearMonth(raw: string): string | null {
  const text = raw
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?(?=\p{L})/u, "")
    .replace(/^(\p{L}+\.?) ?[/'’-] ?(?=\d{4}$)/u, "$1 ")
    .replace(/^(\p{L}+\.?) (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?=\d{4}$)/u, "$1 ");
  const yearOnly = /^(\d{4})$/.exec(text);
  if (yearOnly?.[1]) return yearOnly[1];
  const iso = /^(\d{4})[./-](\d{1,2})$/.exec(text);
  if (iso?.[1] && iso[2]) return `${iso[1]}-${iso[2].padStart(2, "0")}`;
  const numeric = /^(?:\d{1,2}[./-])?(\d{1,2})(?:[./-]| \/ )(\d{4})$/.exec(text);
  if (numeric?.[1] && numeric[2]) return `${numeric[2]}-${numeric[1].padStart(2, "0")}`;
  const named = /^(.+?)\.?,?\s*(\d{4}|['’]\d{2})$/u.exec(text);
  if (!named?.[1] || !named[2]) return null;
  const y = named[2].length === 4 ? named[2] : `20${named[2].slice(1)}`;
  const fullYear = Number(y) > new Date().getFullYear() + 5 ? `19${y.slice(2)}` : y;
  // A season is a date to the year ("Summer 2014", "Summer '15").
  if (seasons.has(named[1])) return fullYear;
  const month = monthNames[named[1]];
  if (month === undefined) return null;
  return `${fullYear}-${String(month).padStart(2, "0")}`;
}

function plausible(value: string | null, now: Date): boolean {
  return value !== null && Number(value.slice(0, 4)) <= now.getFullYear() + 6;
}

/**
 * Every date range (and, with `singles`, every lone date) in the text, in order. A CV's lines are
 * asked for their dates by many passes: the answer is kept for the year `now` falls in (the only
 * part of it a date's reading uses), copied out.
 */
export function findDates(text: string, now: Date = new Date(), singles = false): DateHit[] {
  const year = now.getFullYear();
  const known = (singles ? datesIn : rangesIn)(text, year, () => readDates(text, now, singles));
  return known.map((hit) => ({ ...hit }));
}

const rangesIn = answersByText<number, DateHit[]>();
const datesIn = answersByText<number, DateHit[]>();

function readDates(text: string, now: Date, singles: boolean): DateHit[] {
  const folded = foldDigits(text);
  const hits: DateHit[] = [];
  // Every date but a template's placeholder holds a year or an apostrophe's two digits: most of a
  // CV's lines hold neither, and the long patterns below need not try each of their characters.
  const dated = yearLike.test(folded);
  for (const m of dated ? folded.matchAll(rangePattern) : []) {
    // Groups: 1 start, 2 end, 3 an open end written in words ("till date"), 4 "since <start>".
    const startRaw = m[1] ?? m[4];
    const endRaw = m[2] ?? m[3];
    const start = startRaw ? toYearMonth(startRaw) : null;
    if (!plausible(start, now)) continue;
    const endPoint = endRaw && !m[3] ? toYearMonth(endRaw) : null;
    const current = m[4] !== undefined || m[3] !== undefined || (endRaw !== undefined && endPoint === null);
    if (!current && (!endPoint || endPoint < (start ?? "") || !plausible(endPoint, now))) continue;
    hits.push({
      start,
      end: current ? null : endPoint,
      current,
      index: m.index,
      length: m[0].length,
      single: false,
    });
  }
  for (const m of dated ? folded.matchAll(shortRange) : []) {
    const [all, from = "", dash = "", yy = ""] = m;
    const start = Number(from);
    let end = Math.floor(start / 100) * 100 + Number(yy);
    if (end < start) end += 100;
    if ((dash === "-" && Number(yy) <= 12) || end - start > 40 || !plausible(String(end), now)) continue;
    if (hits.some((h) => m.index < h.index + h.length && h.index < m.index + all.length)) continue;
    hits.push({
      start: from,
      end: String(end),
      current: false,
      index: m.index,
      length: all.length,
      single: false,
    });
  }
  if (/(?:19|20)xx|\[year\]|yyyy/i.test(folded)) {
    for (const m of folded.matchAll(placeholderRange)) {
      const length = m[0].length;
      if (hits.some((h) => m.index < h.index + h.length && h.index < m.index + length)) continue;
      hits.push({
        start: null,
        end: null,
        current: m[1] !== undefined,
        index: m.index,
        length,
        single: false,
      });
    }
  }
  for (const hit of looseRanges(folded, now)) {
    if (hits.some((h) => hit.index < h.index + h.length && h.index < hit.index + hit.length)) continue;
    hits.push(hit);
  }
  hits.sort((a, b) => a.index - b.index);
  if (!singles) return hits;
  for (const m of dated ? folded.matchAll(pointPattern) : []) {
    if (hits.some((h) => m.index >= h.index && m.index < h.index + h.length)) continue;
    const value = m[1] ? toYearMonth(m[1]) : null;
    if (!plausible(value, now)) continue;
    hits.push({
      start: value,
      end: value,
      current: false,
      index: m.index,
      length: m[0].length,
      single: true,
    });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** A found date as the range it states, without where it was found. */
export function rangeOf(hit: DateHit): DateRange {
  return { start: hit.start, end: hit.end, current: hit.current };
}

/** The first date range in the text, else the first lone date (start = end); null when none. */
export function parseDate(text: string, now: Date = new Date()): DateRange | null {
  const hits = findDates(text, now, true);
  const hit = hits.find((h) => !h.single) ?? hits[0];
  return hit ? rangeOf(hit) : null;
}

/** Months since year 0; a bare year counts from mid-year so "2015–2018" is three years. */
function monthIndex(value: string, isEnd: boolean): number {
  const y = Number(value.slice(0, 4));
  const m = value.length > 4 ? Number(value.slice(5, 7)) : 7;
  return y * 12 + (m - 1) + (isEnd && value.length > 4 ? 1 : 0);
}

/** Years covered by the ranges, overlaps counted once, rounded to one decimal. */
export function mergedYears(ranges: DateRange[], now: Date = new Date()): number {
  const nowIndex = now.getFullYear() * 12 + now.getMonth() + 1;
  const spans = ranges
    .filter((r) => r.start)
    .map((r) => {
      const from = monthIndex(r.start as string, false);
      const to = r.current || !r.end ? nowIndex : monthIndex(r.end, true);
      return [from, Math.max(to, from + 1)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cursor = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    const begin = Math.max(from, cursor);
    if (to > begin) total += to - begin;
    cursor = Math.max(cursor, to);
  }
  return Math.round((total / 12) * 10) / 10;
}
