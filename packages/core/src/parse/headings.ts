import { headingsLexicon } from "./lexicon";
import { headingKey } from "./text";

/** Phrases separated by "|" (line breaks inside a list are ignored). */
export function list(phrases: string): string[] {
  return phrases
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Section headings as CVs and job ads write them: codex/lexicon/headings.json. */

export type ResumeSectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "languages"
  | "certifications"
  | "projects"
  | "contact"
  | "ignored";

export const resumeHeadings: Record<ResumeSectionKind, string[]> = headingsLexicon.resume;

const refereeWords = new Set(headingsLexicon.referee_headings);
/** "REFERENCES", "Professional References:": a heading that names the writer's referees. */
export function isRefereeHeading(text: string): boolean {
  return headingKey(text)
    .split(" ")
    .some((w) => refereeWords.has(w));
}

/** Sub-headings written inside a work entry; they never end an experience section. */
export const entryPartHeadings: string[] = headingsLexicon.entry_parts;

/** Made on first use: the matcher bundles modules that import this one and never asks. */
let resumeHeadingKeys: ReadonlySet<string> | undefined;
const headingKeyOf = (text: string) => text.trim().toLowerCase().replace(/\s+/gu, " ");

/** The text is, word for word, a CV section's heading or an entry part's ("EDUCATION", "Key Achievements"). */
export function isResumeHeading(text: string): boolean {
  resumeHeadingKeys ??= new Set(
    [...Object.values(resumeHeadings).flat(), ...entryPartHeadings].map(headingKeyOf),
  );
  return resumeHeadingKeys.has(headingKeyOf(text));
}

export type JobSectionKind =
  | "about"
  | "role"
  | "responsibilities"
  | "requirements"
  | "nice"
  | "benefits"
  | "apply"
  | "details";

export const jobHeadings: Record<JobSectionKind, string[]> = headingsLexicon.job;
