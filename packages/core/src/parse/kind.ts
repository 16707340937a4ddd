import type { ExtractedDocument } from "../document";
import { findDates } from "./dates";
import { type JobSectionKind, jobHeadings, type ResumeSectionKind, resumeHeadings } from "./headings";
import { alternation, byScript, documentWordsLexicon } from "./lexicon";
import { classifyHeading, headingIndex } from "./sections";
import { toLines } from "./text";

/**
 * Whether a document is a CV or a job ad, from its headings, its dated entries and its phrasing
 * (codex/lexicon/document-words.json).
 */

const resumeIndex = headingIndex(resumeHeadings);
const jobIndex = headingIndex(jobHeadings);
const jobWords = byScript(documentWordsLexicon.job_phrases);
const jobPhrases = new RegExp(
  String.raw`\b(?:${alternation(jobWords.bounded)})\b|${alternation(jobWords.unbounded)}`,
  "giu",
);
/** Bounded by letters of any script: `\b` knows only ASCII, so "résumé" never matched with it. */
const resumeWords = byScript(documentWordsLexicon.resume_phrases);
const resumePhrases = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${alternation(resumeWords.bounded)})(?![\p{L}\p{N}_])|linkedin\.com\/in\/|${alternation(resumeWords.unbounded)}`,
  "giu",
);

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
