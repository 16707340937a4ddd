import { documentFromLines, type ExtractedDocument } from "../../packages/core/src/index";

/** The document's lines joined by single spaces into one line, as a job board's text box gives it. */
export function flattenDocument(doc: ExtractedDocument): ExtractedDocument {
  const text = doc.lines
    .map((l) => l.text.trim())
    .filter((t) => t !== "")
    .join(" ");
  return documentFromLines([{ text, page: 1 }], {
    mime: "text/plain",
    method: "plain-text",
    language: doc.language,
    warnings: [],
  });
}
