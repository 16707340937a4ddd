import type { ExtractedDocument } from "../document";
import { findDates } from "./dates";
import { type JobSectionKind, jobHeadings, type ResumeSectionKind, resumeHeadings } from "./headings";
import { classifyHeading, headingIndex } from "./sections";
import { toLines } from "./text";

/** Whether a document is a CV or a job ad, from its headings, its dated entries and its phrasing. */

const resumeIndex = headingIndex(resumeHeadings);
const jobIndex = headingIndex(jobHeadings);
const jobPhrases =
  /\b(?:we are looking for|we're looking for|we are hiring|we're hiring|you will|you'll|join our|join us|apply|application deadline|we offer|what we offer|responsibilities|requirements|nice to have|the ideal candidate|vi søger|vi tilbyder|ansøgningsfrist|søg stillingen|wir suchen|wir bieten|bewirb dich|nous recherchons|nous offrons|postulez|buscamos|ofrecemos|(?:m\/w\/d|m\/f\/d|h\/f))\b|نبحث عن|نقدم/giu;
/** Bounded by letters of any script: `\b` knows only ASCII, so "résumé" never matched with it. */
const resumePhrases =
  /(?<![\p{L}\p{N}_])(?:curriculum vitae|resume|résumé|lebenslauf|date of birth|fødselsdato|geburtsdatum|nationality|references available)(?![\p{L}\p{N}_])|linkedin\.com\/in\/|السيرة الذاتية/giu;

export function guessKind(doc: ExtractedDocument): "resume" | "job" {
  const lines = toLines(doc);
  let resume = 0;
  let job = 0;
  for (const line of lines) {
    const r = classifyHeading<ResumeSectionKind>(line, resumeIndex, null);
    const j = classifyHeading<JobSectionKind>(line, jobIndex, null);
    if (r && !r.inline && ["experience", "education", "languages", "certifications"].includes(r.kind))
      resume += 2;
    if (j && !j.inline && ["responsibilities", "requirements", "nice", "benefits", "apply"].includes(j.kind))
      job += 2;
    if (findDates(line.text).length > 0) resume += 1;
  }
  job += 1.5 * [...doc.text.matchAll(jobPhrases)].length;
  resume += 2 * [...doc.text.matchAll(resumePhrases)].length;
  return job > resume ? "job" : "resume";
}
