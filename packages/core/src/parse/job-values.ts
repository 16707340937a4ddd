import type { Evidence } from "../card/shared";
import { open } from "./date-words";
import type { ParsedJob } from "./experience";
import { alternation, jobTermsLexicon } from "./lexicon";
import { writtenAsSentence } from "./text";

/**
 * The last check on a job's title and employer, whichever reader found them: a value that names
 * nothing is no value. Flattened text and stray sentences leave such pieces behind: a full stop
 * or a bracket a removed date left (".", ")."), a number or a range of years ("2014",
 * "2004 -2009"), a phone number, a sum ("$310,000"), a length of time ("11 months .",
 * "Current / 6 years"), a letter of a heading written spaced out ("E").
 */

const lengthOfTime = new RegExp(
  String.raw`\d+(?:[.,]\d+)?\+?\s*(?:${alternation([...jobTermsLexicon.duration_units, "yrs?", "mos?"])})(?![\p{L}])`,
  "giu",
);
const openEnd = new RegExp(String.raw`(?<![\p{L}])(?:${open})(?![\p{L}])`, "giu");

/** "$2.4M", "€ 310,000", "2.5 mio": a sum of money. */
const sum = /[$€£¥₹]\s*\d[\d.,]*\s*(?:[kmb]n?|mio)?(?![\p{L}])/giu;

/**
 * No word of two letters ("HP") nor a letter joined to a digit ("3M", "O2") once sums, lengths
 * of time and "present" are taken out.
 */
export function namesNothing(text: string): boolean {
  const rest = text.replace(sum, " ").replace(lengthOfTime, " ").replace(openEnd, " ");
  return !/\p{L}{2}|\p{L}\p{N}|\p{N}\p{L}/u.test(rest);
}

/** Punctuation a sentence or a removed date left at the start (". Layout editor…"), or alone at the end ("delivery ."). */
function tidy(text: string): string {
  return text.replace(/^[\s.,;:)\]}]+/u, "").replace(/\s+[.,;:]+$/u, "");
}

export function withNamedValues(read: { jobs: ParsedJob[]; evidence: Evidence[] }): {
  jobs: ParsedJob[];
  evidence: Evidence[];
} {
  const dropped = new Set<string>();
  const jobs = read.jobs.map((job, k) => {
    const entry = { ...job.entry };
    const title = entry.title ? tidy(entry.title) : null;
    if (entry.title && (!title || namesNothing(title))) {
      dropped.add(`work_experience[${k}].title`);
      entry.title = null;
      entry.normalized_title = null;
    } else entry.title = title;
    const company = entry.company ? tidy(entry.company) : null;
    // "Planned outdoor lessons for the younger pupils": a duty read where the employer stands.
    if (entry.company && (!company || namesNothing(company) || writtenAsSentence(company))) {
      dropped.add(`work_experience[${k}].company`);
      entry.company = null;
    } else entry.company = company;
    return { ...job, entry };
  });
  return { jobs, evidence: read.evidence.filter((e) => !dropped.has(e.field)) };
}
