import type { HeadPiece } from "./entry-head";
import type { ParseNormalizer } from "./normalizer";
import { proseEmployers } from "./prose-employers";
import { proseJobs } from "./prose-jobs";
import type { Line } from "./text";

/**
 * An entry header written as a sentence: "Worked at Genpact as Process Associate from June 2015
 * to May 2017." The dates make it an entry, but its fragments are no title and employer; the
 * sentence reader (prose-jobs.ts) says which words are which, and its reading is taken as if the
 * writer had labelled them; a dated sentence with no title names the employer alone. `holdsDates`:
 * the sentence is the entry's date line.
 */
export function sentencePieces(
  line: Line,
  source: number,
  normalizer: ParseNormalizer,
  holdsDates: boolean,
): HeadPiece[] | null {
  if (!/\sas\s/i.test(line.text)) {
    // "Worked for Harwick Informatics Centre from 2014 to 2015": the dated sentence names only where.
    const where = holdsDates ? proseEmployers([line], normalizer)[0] : undefined;
    return where ? [{ text: where.company, source, at: where.companyAt, labelled: "company" }] : null;
  }
  const told = proseJobs([line], normalizer);
  const job = told[0];
  if (told.length !== 1 || !job) return null;
  // Above the dates, only a title written as one ("Worked as a Lecturer in …"): "Acted as mentor,
  // providing advice" is a duty that strayed into the header.
  if (!holdsDates && !/^\p{Lu}/u.test(job.title)) return null;
  const pieces: HeadPiece[] = [{ text: job.title, source, at: job.titleAt, labelled: "title" }];
  if (job.company && job.companyAt !== null)
    pieces.push({ text: job.company, source, at: job.companyAt, labelled: "company" });
  return pieces;
}
