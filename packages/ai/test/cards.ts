import {
  type CreativeJobV1,
  documentFromLines,
  type ExtractedDocument,
  type JobCardV1,
  parseJob,
  parseResume,
  type ResumeCardV1,
} from "@futodama/core";

/** Plain text as the extractor would hand it over (one page, one line a line). */
export function textDoc(text: string): ExtractedDocument {
  return documentFromLines(
    text
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => ({ text: line, page: 1 })),
    { mime: "text/plain", method: "plain-text", language: "en", warnings: [] },
  );
}

/** The rules card the product builds before any LLM (what the enhancer merges into). */
export const resumeCardOf = (text: string): ResumeCardV1 => parseResume(textDoc(text));
export const jobCardOf = (text: string): JobCardV1 | CreativeJobV1 => parseJob(textDoc(text));
