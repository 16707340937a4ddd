import { headingsLexicon } from "./lexicon";

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

/** Sub-headings written inside a work entry; they never end an experience section. */
export const entryPartHeadings: string[] = headingsLexicon.entry_parts;

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
