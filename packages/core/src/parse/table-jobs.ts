import { findDates, rangeOf } from "./dates";
import { headingsLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import type { ProseJob } from "./prose-jobs";
import { companyScore, hasRoleWord, titleScore } from "./roles";
import { type Line, phraseRegExp, words } from "./text";

/**
 * A table of jobs whose column heads are entry labels: "Organization Designation Duration" over
 * "Quellin Technologies Limited, Pune, India. Sr. Process Expert May/2012 - May/2016", or
 * "No. Company Role Duration" over "1. Quellin Ltd Technology Analyst 4 Years 2 Months". Text
 * exports lose the gaps between columns, so a row is cut where the title column begins: the title
 * is the longest run at its side that reads as a title and nothing else (a role noun or a taxonomy
 * title; no organisation word, place or sentence stop), in the order the column heads give.
 */

const { title: titleLabels, employer: employerLabels } = headingsLexicon.entry_labels;
const titleHead = phraseRegExp(titleLabels);
const employerHead = phraseRegExp(employerLabels);
/** Column heads that are neither title nor employer: a row number, the dates, the place. */
const otherHeads =
  /^(?:no|sr|s|sl|serial|duration|period|tenure|from|to|dates?|years?|experience|total|location|place|city|till|since)$/iu;
const rowNumber = /^\s*(?:\d{1,2}[.)]|[•*-])?\s*/u;
const tenure = /\s\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?)(?:\s+\d+\s*months?)?\s*$/iu;

/** The column order when the line is a table's head row: "employer" first or "title" first. */
function headRow(text: string): "employer" | "title" | null {
  if (text.length > 80) return null;
  const t = titleHead.exec(text);
  const e = employerHead.exec(text);
  if (!t || !e) return null;
  const rest = text.replace(titleHead, " ").replace(employerHead, " ");
  if (!words(rest).every((w) => otherHeads.test(w.replace(/[.:#]+$/u, "")))) return null;
  return e.index < t.index ? "employer" : "title";
}

/** A run of words that is a job title and nothing else. */
function onlyTitle(text: string, normalizer: ParseNormalizer): boolean {
  const bare = text.replace(/\b(?:Sr|Jr|Snr|Asst)\./gu, "");
  if (!/^\p{Lu}/u.test(text) || /[,;:()]|\.\s|\.$/u.test(bare) || companyScore(text) > 0) return false;
  const first = words(text)[0] ?? "";
  return readLocation(first, true) === null && titleScore(text, normalizer) >= 2;
}

function row(line: Line, order: "employer" | "title", normalizer: ParseNormalizer): ProseJob | null {
  const start = rowNumber.exec(line.text)?.[0].length ?? 0;
  const hit = findDates(line.text).at(-1);
  const end = hit ? hit.index : (tenure.exec(line.text)?.index ?? line.text.length);
  const cells = [...line.text.slice(start, end).matchAll(/\S+/gu)].map((m) => ({
    text: m[0],
    at: start + (m.index ?? 0),
  }));
  const span = (from: number, to: number) => {
    const first = cells[from];
    const last = cells[to - 1];
    return first && last ? line.text.slice(first.at, last.at + last.text.length).replace(/[.,]+$/, "") : "";
  };
  for (let k = 1; k < cells.length; k += 1) {
    // Employer first: the longest title at the end; title first: the shortest title ending in a role noun.
    const [title, company] =
      order === "employer" ? [span(k, cells.length), span(0, k)] : [span(0, k), span(k, cells.length)];
    if (order === "title" && !hasRoleWord(words(title).at(-1) ?? "")) continue;
    if (company === "" || !onlyTitle(title, normalizer)) continue;
    const titleAt = order === "employer" ? (cells[k]?.at ?? 0) : (cells[0]?.at ?? 0);
    const companyAt = order === "employer" ? (cells[0]?.at ?? 0) : (cells[k]?.at ?? 0);
    const dates = hit ? rangeOf(hit) : null;
    return { title, company, line, titleAt, companyAt, dates };
  }
  return null;
}

/** "| Quellin Ltd | Accounts Executive | Apr 2019 | Till date |": a row typed with bars, its cells. */
function barredCells(text: string): string[] | null {
  const t = text.trim();
  if (!/\S\s*\|\s*\S/u.test(t)) return null;
  const cells = t.replace(/^\|\s*|\s*\|$/gu, "").split(/\s*\|\s*/u);
  return cells.length >= 3 ? cells : null;
}

/**
 * A table typed with bars whose head row names its title and employer columns ("| Organisation |
 * Designation | From | To |"): each row below with as many cells is a job, its other cells its dates.
 */
function barredTableJobs(head: Line, rows: Line[]): ProseJob[] | null {
  const heads = barredCells(head.text);
  if (!heads) return null;
  const whole = (pattern: RegExp) => (cell: string) => pattern.exec(cell)?.[0].length === cell.length;
  const ti = heads.findIndex(whole(titleHead));
  const ei = heads.findIndex(whole(employerHead));
  if (ti < 0 || ei < 0) return null;
  const jobs: ProseJob[] = [];
  for (const line of rows) {
    if (line.text === "") continue;
    const cells = barredCells(line.text);
    if (!cells || cells.length !== heads.length) break;
    const [title, company] = [cells[ti] ?? "", cells[ei] ?? ""];
    if (!/\p{L}/u.test(title) || !/\p{L}/u.test(company)) break;
    const dated = findDates(cells.filter((_, c) => c !== ti && c !== ei).join(" – ")).at(-1);
    jobs.push({
      title,
      company,
      line,
      titleAt: line.text.indexOf(title),
      companyAt: line.text.indexOf(company),
      dates: dated ? rangeOf(dated) : null,
    });
  }
  return jobs;
}

export function tableJobs(lines: Line[], normalizer: ParseNormalizer): ProseJob[] {
  const jobs: ProseJob[] = [];
  for (const [k, line] of lines.entries()) {
    const barred = barredTableJobs(line, lines.slice(k + 1, k + 13));
    if (barred) {
      jobs.push(...barred);
      continue;
    }
    const order = headRow(line.text);
    if (!order) continue;
    for (const next of lines.slice(k + 1, k + 13)) {
      if (next.text === "") continue;
      const job = row(next, order, normalizer);
      if (!job) break;
      jobs.push(job);
    }
  }
  return jobs;
}
