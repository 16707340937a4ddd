import { findDates } from "./dates";
import { foldDigits, type Line } from "./text";

/** Email addresses, phone numbers and profile links, with the line they were found on. */

export interface Found {
  value: string;
  line: Line;
  /** Offset of the value within line.text. */
  at: number;
  quote: string;
}

const emailPattern =
  /(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]|\.[\w-])/g;
const phonePattern = /(?<![\w+/.-])(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?![\w/])/g;
const phoneLabel =
  /\b(phone|tel|telephone|mobile|mob|cell|tlf|telefon|mobil|téléphone|portable|teléfono|móvil|celular)\b|هاتف|جوال|موبايل|الهاتف/i;
const urlPattern =
  /(?<![\w@])(?:https?:\/\/[^\s|,;<>]+|www\.[^\s|,;<>]+|(?:[\w-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|artstation\.com|bitbucket\.org|medium\.com|stackoverflow\.com|vimeo\.com|youtube\.com|x\.com|twitter\.com)\/[^\s|,;<>]*|[\w-]+\.(?:dev|io|me|design|art|portfolio|studio)(?:\/[^\s|,;<>]*)?)(?![\w@])/gi;

export function findEmails(lines: Line[]): Found[] {
  const out: Found[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(emailPattern)) {
      out.push({ value: m[0].toLowerCase(), line, at: m.index, quote: m[0] });
    }
  }
  return out;
}

/** A phone number: international prefix, a phone label on the line, or 8+ digits grouped like one. */
export function findPhones(lines: Line[]): Found[] {
  const out: Found[] = [];
  for (const line of lines) {
    const text = foldDigits(line.text);
    const dateSpans = findDates(text, new Date(), true);
    for (const m of text.matchAll(phonePattern)) {
      const quote = m[0].trim();
      const digits = quote.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) continue;
      if (dateSpans.some((d) => d.index < m.index + m[0].length && m.index < d.index + d.length)) continue;
      const international = /^(\+|00)/.test(quote);
      const labelled = phoneLabel.test(line.text);
      const shaped =
        digits.length >= 8 && /^\(?\d{2,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?$/.test(quote);
      if (!international && !labelled && !shaped) continue;
      if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(quote)) continue;
      out.push({
        value: quote.replace(/\s+/g, " "),
        line,
        at: m.index + m[0].indexOf(quote),
        quote: line.text.substr(m.index + m[0].indexOf(quote), quote.length),
      });
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
  if (/twitter\.com|x\.com|medium\.com|stackoverflow\.com|youtube\.com/i.test(url)) return "other";
  return "website";
}

export function findLinks(lines: Line[]): Array<Found & { kind: LinkKind }> {
  const seen = new Set<string>();
  const out: Array<Found & { kind: LinkKind }> = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(urlPattern)) {
      const quote = m[0].replace(/[.,;:!?)\]>'"]+$/, "");
      if (/@/.test(quote)) continue;
      const url = /^https?:\/\//i.test(quote) ? quote : `https://${quote}`;
      if (!URL.canParse(url)) continue;
      const key = url
        .toLowerCase()
        .replace(/^https?:\/\/(www\.)?/, "")
        .replace(/\/$/, "");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ value: url, line, at: m.index, quote, kind: linkKind(url) });
    }
  }
  return out;
}
