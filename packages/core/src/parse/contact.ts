import { findDates } from "./dates";
import { documentWordsLexicon, wordAlternation } from "./lexicon";
import { escapeRegExp, foldDigits, type Line } from "./text";

/** Email addresses, phone numbers and profile links, with the line they were found on. */

export interface Found {
  value: string;
  line: Line;
  /** Offset of the value within line.text. */
  at: number;
  quote: string;
}

export const emailPattern =
  /(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]|\.[\w-])/g;
const phonePattern = /(?<![\w+/.-])(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?![\w/])/g;
/**
 * The words that make a line's number a phone number (codex/lexicon/document-words.json), bounded
 * by letters of any script: with `\b`, "Hôtel Belvue 1234 567" held a "tel" label.
 */
const phoneLabel = new RegExp(wordAlternation(documentWordsLexicon.phone_labels), "iu");
/**
 * Social sites and job boards: a profile there ("indeed.com/r/…", "kaggle.com/…") is neither the
 * person's website nor a portfolio.
 */
const otherSites = [
  "medium.com",
  "stackoverflow.com",
  "youtube.com",
  "x.com",
  "twitter.com",
  "indeed.com",
  "naukri.com",
  "monster.com",
  "xing.com",
  "glassdoor.com",
  "kaggle.com",
  "hackerrank.com",
  "leetcode.com",
];
/** Sites a CV names a profile on by its bare address, without "https://" or "www." ("linkedin.com/in/…"). */
const profileSites = [
  "linkedin.com",
  "github.com",
  "gitlab.com",
  "behance.net",
  "dribbble.com",
  "artstation.com",
  "bitbucket.org",
  "vimeo.com",
  ...otherSites,
];
const sitesAlternation = (sites: string[]) => sites.map(escapeRegExp).join("|");
const otherSite = new RegExp(sitesAlternation(otherSites), "i");

export const urlPattern = new RegExp(
  String.raw`(?<![\w@])(?:https?:\/\/[^\s|,;<>]+|www\.[^\s|,;<>]+|(?:[\w-]+\.)*(?:${sitesAlternation(profileSites)})\/[^\s|,;<>]*|[\w-]+\.(?:dev|io|me|design|art|portfolio|studio)(?:\/[^\s|,;<>]*)?)(?![\w@])`,
  "gi",
);

export function findEmails(lines: Line[]): Found[] {
  const out: Found[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(emailPattern)) {
      out.push({ value: m[0].toLowerCase(), line, at: m.index, quote: m[0] });
    }
  }
  return out;
}

const arabicDigit = /[\u0660-\u0669\u06f0-\u06f9]/;

/**
 * OCR and PDF text of right-to-left pages can hold a number in visual order: "4402 015 555 1+"
 * is "+1 555 015 4402" read backwards group by group (a trailing "+" gives it away).
 */
function unreverse(text: string): string {
  return text.replace(/(?<![\w+])(\d{1,4}(?:[ \t]+\d{1,4}){2,5})\+(?![\w+])/g, (_, groups: string) => {
    return `+${groups
      .split(/[ \t]+/)
      .reverse()
      .join(" ")}`;
  });
}

/**
 * Digits of one script only: an OCR'd bullet read as "٠" next to "+44 555 0124 776" is no digit
 * of the number. Groups in the minority script are dropped from either end.
 */
function oneScript(original: string): string {
  const groups = original.split(/(\s+)/);
  const arabic = (g: string) => arabicDigit.test(g);
  const ascii = (g: string) => /[0-9]/.test(g);
  const mixed = groups.some(arabic) && groups.some(ascii);
  if (!mixed) return original;
  const asciiCount = groups.filter(ascii).join("").replace(/\D/g, "").length;
  const arabicCount = groups
    .filter(arabic)
    .join("")
    .replace(/[^\u0660-\u0669\u06f0-\u06f9]/g, "").length;
  const minority = asciiCount >= arabicCount ? arabic : ascii;
  while (
    groups.length > 0 &&
    (minority(groups[groups.length - 1] ?? "") || /^\s*$/.test(groups.at(-1) ?? ""))
  )
    groups.pop();
  while (groups.length > 0 && (minority(groups[0] ?? "") || /^\s*$/.test(groups[0] ?? ""))) groups.shift();
  return groups.join("");
}

/** A phone number: international prefix, a phone label on the line, or 8+ digits grouped like one. */
export function findPhones(lines: Line[]): Found[] {
  const out: Found[] = [];
  for (const line of lines) {
    const text = unreverse(foldDigits(line.text));
    const dateSpans = findDates(text, new Date(), true);
    for (const m of text.matchAll(phonePattern)) {
      const original = line.text.substr(m.index, m[0].length);
      const trimmed = oneScript(original.trim());
      const offset = m.index + original.indexOf(trimmed);
      const quote = text.substr(offset, trimmed.length).trim();
      const digits = quote.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) continue;
      if (dateSpans.some((d) => d.index < m.index + m[0].length && m.index < d.index + d.length)) continue;
      const international = /^(\+|00)/.test(quote);
      const labelled = phoneLabel.test(line.text);
      // "0412 555 678", "(020) 7946 0018"; France writes five pairs ("06 12 34 56 78").
      const shaped =
        digits.length >= 8 &&
        (/^\(?\d{2,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?$/.test(quote) ||
          /^0\d(?:[\s.]\d{2}){4}$/.test(quote));
      if (!international && !labelled && !shaped) continue;
      if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(quote)) continue;
      // "44120-3311" (a US ZIP+4), "01310-100" (a Brazilian CEP): a postcode, not a number to call.
      if (/^\d{5}-\d{3,4}$/.test(quote)) continue;
      const quoted = line.text.substr(offset, trimmed.length).trim();
      out.push({ value: quote.replace(/\s+/g, " "), line, at: offset, quote: quoted });
    }
  }
  return out;
}

export type LinkKind = "linkedin" | "github" | "website" | "portfolio" | "other";

export function linkKind(url: string): LinkKind {
  if (/linkedin\.com/i.test(url)) return "linkedin";
  if (/github\.com|gitlab\.com|bitbucket\.org/i.test(url)) return "github";
  if (/behance\.net|dribbble\.com|artstation\.com|vimeo\.com|portfolio|\.design\b|\.art\b/i.test(url))
    return "portfolio";
  if (otherSite.test(url)) return "other";
  return "website";
}

/** Characters a URL may continue with on the next line ("…/in/jane-" + "doe-example"). */
const continuation = /^[\w./%~#=&?+-]+$/;

/**
 * A link wrapped at the end of its line ("https://www.linkedin.com/in/jane-" then "doe") is
 * joined with the next line when the break is inside the URL: after "-", "/", "_", "." or a
 * query character, and the next line is one URL-shaped word.
 */
function wrapped(line: Line, end: number, quote: string, next: Line | undefined): string | null {
  if (next === undefined || next.i !== line.i + 1 || line.text.slice(end).trim() !== "") return null;
  const tail = next.text.trim();
  if (!continuation.test(tail) || /^(?:https?:|www\.)/i.test(tail)) return null;
  if (/[-_.=&?]$/.test(quote)) return tail;
  if (/\/$/.test(quote) && (/[-_.\d/]/.test(tail) || tail === tail.toLowerCase())) return tail;
  return null;
}

export function findLinks(lines: Line[]): Array<Found & { kind: LinkKind }> {
  const seen = new Set<string>();
  const out: Array<Found & { kind: LinkKind }> = [];
  lines.forEach((line, k) => {
    for (const m of line.text.matchAll(urlPattern)) {
      const raw = m[0];
      const tail = wrapped(line, m.index + raw.length, raw, lines[k + 1]);
      const quote = (tail === null ? raw : raw + tail).replace(/[.,;:!?)\]>'"]+$/, "");
      if (/@/.test(quote)) continue;
      const url = /^https?:\/\//i.test(quote) ? quote : `https://${quote}`;
      if (!URL.canParse(url) || !/\.[a-z]{2,}/i.test(new URL(url).hostname)) continue;
      const key = url
        .toLowerCase()
        .replace(/^https?:\/\/(www\.)?/, "")
        .replace(/\/$/, "");
      if (seen.has(key)) continue;
      seen.add(key);
      const onLine = quote.slice(0, Math.min(quote.length, raw.length));
      out.push({ value: url, line, at: m.index, quote: onLine, kind: linkKind(url) });
    }
  });
  return out;
}
