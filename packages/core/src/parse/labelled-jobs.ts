import { entryLabel } from "./entry-labels";
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
const employerLabel = phraseRegExp([...employerLabels, ...employerLabels.map((label) => `${label}s`)]);
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

export function labelledJobs(lines: Line[], normalizer: ParseNormalizer): Labelled {
  const found: Labelled = { jobs: [], employers: [] };
  for (const [k, line] of lines.entries()) {
    const label = entryLabel(line);
    if (label?.field === "employer") {
      const next = lines
        .slice(k + 1, k + 4)
        .filter((l) => l.text !== "")
        .slice(0, 2);
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
      else found.employers.push({ company: label.value, line, companyAt: label.at });
      continue;
    }
    const field = label ? null : splitLabel(line.text);
    if (field && employerLabel.exec(field.label)?.[0].length === field.label.length)
      listed(line, field.value, normalizer, found);
  }
  return found;
}
