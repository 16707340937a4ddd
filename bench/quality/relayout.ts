/**
 * The job-board exports write every entry the same way: the title, then "Company -  City -", then
 * the dates, each a paragraph. CVs people write lay an entry out otherwise. Each relayout below
 * rewrites the head of every such entry of a real CV into one of those other shapes, leaving the
 * words alone, so the labels still score it: what recall keeps under each is how far the entry
 * reader carries beyond the one layout the corpus has.
 */

/** The head rewritten from its title, employer and the employer with its place ("Quellin Ltd, Pune"). */
type Head = (title: string, company: string, where: string) => string;

/**
 * An entry head as the export writes it: a capitalised line that is no heading or label, a blank
 * line, "Company -  City -" (or "Company -"), a blank line, then a line with a year (the dates).
 */
const exportedHead = /^([A-Z][^\n]{1,60})\n\n([^\n]+?) -(?: {2}([^\n]+?) -)?\n(?=\n[^\n]*\d{4})/gm;

/** The line the pattern took for a title is a heading ("WORK EXPERIENCE") or a label ("Client:"). */
const noTitle = (line: string) => /^[^a-z]+$/.test(line) || /[:.]$/.test(line);

function rewriteHeads(text: string, head: Head): string {
  return text.replace(exportedHead, (whole, title: string, company: string, place?: string) =>
    noTitle(title) ? whole : `${head(title, company, place ? `${company}, ${place}` : company)}\n`,
  );
}

/** "June" → 6. */
const monthNumbers = new Map(
  Array.from({ length: 12 }, (_, k) => [
    new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, k, 1)),
    k + 1,
  ]),
);

const monthYear = new RegExp(String.raw`\b(${[...monthNumbers.keys()].join("|")}) (\d{4})\b`, "g");

export const relayouts = {
  /** As exported. */
  exported: (text: string) => text,
  /** Pasted into a form that drops empty lines: no blank line anywhere. */
  "no-blank-lines": (text: string) => text.replace(/\n\s*\n/g, "\n"),
  /** "Quellin Ltd, Pune" under the title (the export's " - " between them a comma). */
  "company-comma-place": (text: string) => rewriteHeads(text, (t, _c, w) => `${t}\n\n${w}`),
  /** The employer above the title. */
  "company-first": (text: string) => rewriteHeads(text, (t, _c, w) => `${w}\n\n${t}`),
  /** "Analyst - Quellin Ltd - Pune" on one line. */
  "one-line-dashes": (text: string) =>
    rewriteHeads(text, (t, c, w) => `${t} - ${w === c ? c : w.replace(", ", " - ")}`),
  /** "Analyst, Quellin Ltd, Pune" on one line. */
  "one-line-commas": (text: string) => rewriteHeads(text, (t, _c, w) => `${t}, ${w}`),
  /** "Analyst at Quellin Ltd, Pune". */
  "one-line-at": (text: string) => rewriteHeads(text, (t, _c, w) => `${t} at ${w}`),
  /** "Quellin Ltd, Pune - Analyst". */
  "one-line-company-first": (text: string) => rewriteHeads(text, (t, _c, w) => `${w} - ${t}`),
  /** "Analyst⇥Quellin Ltd, Pune": a tab stop between the title and the employer (a DOCX or pasted Word layout). */
  "one-line-tab": (text: string) => rewriteHeads(text, (t, _c, w) => `${t}\t${w}`),
  /** "Quellin Ltd Pune, Maharashtra" under the title: the town run on to the employer, no comma between. */
  "company-town-run-on": (text: string) =>
    rewriteHeads(text, (t, c, w) => `${t}\n\n${w === c ? c : `${c} ${w.slice(c.length + 2)}`}`),
  /** "ANALYST" over the employer. */
  "title-in-capitals": (text: string) =>
    rewriteHeads(
      text,
      (t, c, w) => `${t.toUpperCase()}\n\n${w === c ? `${c} -` : `${c} -  ${w.slice(c.length + 2)} -`}`,
    ),
  /** "06/2015 - Present" for "June 2015 to Present". */
  "numeric-dates": (text: string) =>
    text
      .replace(
        monthYear,
        (_m, month: string, year: string) => `${String(monthNumbers.get(month)).padStart(2, "0")}/${year}`,
      )
      .replace(/(\d{4}) to (Present|\d)/g, "$1 - $2"),
} as const;

/** How many entry heads the per-entry relayouts rewrite in the text. */
export function headsRewritten(text: string): number {
  return [...text.matchAll(exportedHead)].filter(([, title]) => !noTitle(title ?? "")).length;
}
