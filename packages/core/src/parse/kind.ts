import type { ExtractedDocument } from "../document";
import { findDates } from "./dates";
import { type JobSectionKind, jobHeadings, type ResumeSectionKind, resumeHeadings } from "./headings";
import { documentWordsLexicon, wordAlternation } from "./lexicon";
import { classifyHeading, headingIndex } from "./sections";
import { toLines, withCompatibilityFormsFolded } from "./text";

/**
 * Whether a document is a CV or a job ad, from its headings, its dated entries and its phrasing
 * (codex/lexicon/document-words.json).
 */

const resumeIndex = headingIndex(resumeHeadings);
const jobIndex = headingIndex(jobHeadings);
/** Bounded by letters of any script (wordAlternation): `\b` knows only ASCII, so "résumé" never matched. */
const jobPhrases = new RegExp(wordAlternation(documentWordsLexicon.job_phrases), "giu");
const resumePhrases = new RegExp(
  `${wordAlternation(documentWordsLexicon.resume_phrases)}|${String.raw`linkedin\.com\/in\/`}`,
  "giu",
);

export function guessKind(extracted: ExtractedDocument): "resume" | "job" {
  const doc = withCompatibilityFormsFolded(extracted);
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
