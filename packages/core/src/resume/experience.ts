import type { Evidence, YearMonth } from "../card/shared";
import { bulletItem, evidenceOf, type TextLine } from "../card/text";
import type { WorkExperience } from "./resume-card-v1";

/**
 * Work experience entries from the lines of an experience section: an entry starts at a line
 * with a date range ("Backend Engineer — Acme, Aarhus  03/2019 – present"); its bullet lines
 * follow. A title/company line directly above a bare date line belongs to that entry.
 */

const point = String.raw`(?:\d{1,2}[/.])?\d{4}(?:-\d{2})?`;
const openEnd = "present|current|now|today|ongoing|nu|heute|aujourd'hui";
const rangePattern = new RegExp(`(${point})\\s*(?:-|–|—|to|til|bis|à)\\s*(${point}|${openEnd})`, "iu");

function toYearMonth(value: string): YearMonth | null {
  const slash = /^(\d{1,2})[/.](\d{4})$/.exec(value);
  const [year, month] = slash ? [slash[2], slash[1]?.padStart(2, "0")] : value.split("-");
  if (!year || !/^\d{4}$/.test(year)) return null;
  if (month === undefined) return year;
  const m = Number(month);
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, "0")}` : year;
}

function splitHead(head: string): { title: string | null; company: string | null; location: string | null } {
  const cleaned = head.replace(/[([]\s*[)\]]/g, "").replace(/^[\s,|–—-]+|[\s,|–—(-]+$/g, "");
  const [title, rest] = cleaned.split(/\s+(?:—|–|-|\||@|at|hos|bei|chez)\s+/i, 2);
  const [company, ...where] = (rest ?? "").split(/\s*,\s*/);
  return {
    title: title?.trim() || null,
    company: company?.trim() || null,
    location: where.join(", ") || null,
  };
}

export function parseExperience(
  lines: TextLine[],
  fieldPrefix: string,
): { entries: WorkExperience[]; evidence: Evidence[] } {
  const entries: WorkExperience[] = [];
  const evidence: Evidence[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const range = rangePattern.exec(line.text);
    const current = entries.at(-1);
    const bullet = bulletItem(line.text);
    if (range?.[1] && range[2]) {
      const headText = line.text.replace(range[0], " ");
      const head = /[\p{L}]{2}/u.test(headText) || previous === null ? headText : previous.text;
      const parts = splitHead(head);
      const openEnded = !/\d/.test(range[2]);
      entries.push({
        title: parts.title,
        company: parts.company,
        location: parts.location ? { raw: parts.location } : null,
        start: toYearMonth(range[1]),
        end: openEnded ? null : toYearMonth(range[2]),
        current: openEnded,
        bullets: [],
      });
      evidence.push(evidenceOf(`${fieldPrefix}[${entries.length - 1}]`, line));
      previous = null;
    } else if (bullet && current) {
      current.bullets.push(bullet);
    } else if (line.text !== "" && !bullet) {
      previous = line;
    }
  }
  return { entries, evidence };
}
