import { type EntryLabel, entryLabel } from "./entry-labels";
import { headingsLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import type { ProseEmployer } from "./prose-employers";
import type { ProseJob } from "./prose-jobs";
import { titleScore } from "./roles";
import { type Line, phraseRegExp, splitLabel, words } from "./text";

/**
 * Jobs a CV labels outside its experience section, as recruiters read a profile's fields:
 * "Current Employer: Quellin Technologies" over "Current Designation: Process Expert" in the
 * header, or "Past Organizations: Quellin Technologies as Process Expert (2014 - 2016), Tarvo
 * Labs, India (2011 - 2014)". The labels are the entry labels of the codex lexicon
 * (`entry_labels`, plural allowed for a list); a list is cut at its commas, its dates in brackets
 * dropped, and a place left out.
 */

const employerLabels = headingsLexicon.entry_labels.employer;
/** "Past Organizations", "Previous Companies": a label's plural names a list. */
const plural = (label: string) => (/[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`);
const employerLabel = phraseRegExp([...employerLabels, ...employerLabels.map(plural)]);
const bracketed = /\([^)]*\)|\([^)]*$|^[^(]*\)/gu;

interface Labelled {
  jobs: ProseJob[];
  employers: ProseEmployer[];
}

function listed(line: Line, value: string, normalizer: ParseNormalizer, out: Labelled): void {
  const clean = value.replace(bracketed, (m) => " ".repeat(m.length));
  let offset = line.text.length - value.length;
  for (const piece of clean.split(/[,;|]/u)) {
    const text = piece.trim();
    const at = offset + piece.indexOf(text);
    offset += piece.length + 1;
    if (text === "" || words(text).length > 10 || readLocation(text, true) !== null) continue;
    const [company = "", title] = text.split(/\s+as\s+(?:an?\s+)?/iu);
    if (!/^\p{Lu}/u.test(company) || words(company).length > 6 || titleScore(company, normalizer) >= 2)
      continue;
    if (title && titleScore(title, normalizer) >= 2)
      out.jobs.push({ title, company, line, titleAt: line.text.indexOf(title, at), companyAt: at });
    else out.employers.push({ company, line, companyAt: at });
  }
}

/**
 * "Designation: Process Expert at Quellin Technologies", "Role: Process Expert, Quellin, Pune", or
 * "Designation: Process Expert" over "Company: Quellin": a labelled title outside every entry is
 * the writer's job, its employer after "at", after a comma, or on a labelled line under it.
 */
function titleLabelled(label: EntryLabel, below: Line[], normalizer: ParseNormalizer): ProseJob | null {
  const employer = below.map((l) => entryLabel(l)).find((l) => l?.field === "employer");
  const [title = "", rest = ""] = label.value.split(/\s+at\s+|\s*,\s*/u);
  if (titleScore(title, normalizer) < 2) return null;
  const named =
    /^\p{Lu}/u.test(rest) && readLocation(rest, true) === null && titleScore(rest, normalizer) < 2;
  const company = employer?.value ?? (named ? rest : null);
  const companyAt = employer?.at ?? (named ? label.line.text.indexOf(rest, label.at + title.length) : null);
  return {
    title,
    company,
    line: label.line,
    titleAt: label.at,
    companyAt,
    ...(employer ? { companyLine: employer.line } : {}),
  };
}

/** A list that goes on past its line's end: a bracket left open ("… (May 2010-") or a comma last. */
function goesOn(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0) || text.endsWith(",");
}

/**
 * The lines a labelled list wraps onto: each right under the one before while that one goes on,
 * and no label of its own. An export wraps a long field at its width, so the names after the
 * first line are as much the list's as those on it.
 */
function wrappedOnto(lines: Line[], k: number): Line[] {
  const more: Line[] = [];
  let last = lines[k];
  for (let next = lines[k + 1]; last && next && goesOn(last.text); next = lines[k + 1 + more.length]) {
    if (next.text === "" || next.i !== last.i + 1 || entryLabel(next) || splitLabel(next.text)) break;
    more.push(next);
    last = next;
  }
  return more;
}

function listedOver(
  lines: Line[],
  k: number,
  value: string,
  normalizer: ParseNormalizer,
  out: Labelled,
): void {
  listed(lines[k] as Line, value, normalizer, out);
  for (const line of wrappedOnto(lines, k)) listed(line, line.text, normalizer, out);
}

export function labelledJobs(lines: Line[], normalizer: ParseNormalizer): Labelled {
  const found: Labelled = { jobs: [], employers: [] };
  const taken = new Set<Line>();
  for (const [k, line] of lines.entries()) {
    if (taken.has(line)) continue;
    const label = entryLabel(line);
    const next = lines
      .slice(k + 1, k + 4)
      .filter((l) => l.text !== "")
      .slice(0, 2);
    if (label?.field === "title") {
      const job = titleLabelled(label, next, normalizer);
      if (job?.companyLine) taken.add(job.companyLine);
      if (job) found.jobs.push(job);
      continue;
    }
    if (label?.field === "employer") {
      const title = next.map((l) => entryLabel(l)).find((l) => l?.field === "title");
      if (title)
        found.jobs.push({
          title: title.value,
          company: label.value,
          line: title.line,
          titleAt: title.at,
          companyAt: label.at,
          companyLine: line,
        });
      // "Organisations worked with: Quellin, Tarvo Infotech (2012 - 2015)": a list, read as one.
      else if (/[,;|(]/.test(label.value)) listedOver(lines, k, label.value, normalizer, found);
      else found.employers.push({ company: label.value, line, companyAt: label.at });
      continue;
    }
    const field = label ? null : splitLabel(line.text);
    if (field && employerLabel.exec(field.label)?.[0].length === field.label.length)
      listedOver(lines, k, field.value, normalizer, found);
  }
  return found;
}
