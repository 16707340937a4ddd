import type { ParseNormalizer } from "./normalizer";
import type { Picked } from "./person";
import { readLocation } from "./places";
import type { ProseJob } from "./prose-jobs";
import { titleScore } from "./roles";
import { words } from "./text";

/**
 * "Software Engineer - Quellin" under the name: a job board prints the current job there, its
 * title and employer apart by a dash. It is read as a job (merged with the entry that holds it,
 * as a stated job is) when the first part reads as a title and the second is a name that is no
 * place, no skill ("Application Developer - SAP ABAP") and no title ("Consultant - Offshore Lead").
 * LinkedIn writes "Team Lead at Quellin". A headline that is a title alone ("Quantitative
 * Analyst") stays the headline: a job with neither employer nor dates would be one the CV does
 * not state.
 */
export function headlineJob(headline: Picked<string> | null, normalizer: ParseNormalizer): ProseJob[] {
  if (!headline) return [];
  const m = /^(.+?\S)\s+(?:[-–—|@]|at)\s+(\S.*)$/u.exec(headline.quote);
  const title = m?.[1] ?? "";
  const company = m?.[2] ?? "";
  if (titleScore(title, normalizer) < 2 || !nameOnly(company, normalizer)) return [];
  const at = headline.at;
  return [
    {
      title,
      company,
      line: headline.line,
      titleAt: at,
      companyAt: at + headline.quote.lastIndexOf(company),
    },
  ];
}

function nameOnly(text: string, normalizer: ParseNormalizer): boolean {
  return (
    /^[\p{Lu}\d]/u.test(text) &&
    words(text).length <= 6 &&
    // "ICU Nurse | Critical Care | NMC Registered": a list of what the person is, no employer.
    !/[@:|•·]|\d{3}/.test(text) &&
    readLocation(text, true) === null &&
    titleScore(text, normalizer) === 0 &&
    normalizer.findSkills(text).length === 0
  );
}
