import { readFileSync } from "node:fs";
import { documentFromLines, type ExtractedDocument } from "../../src/document";

/** A plain-text fixture under test/fixtures/parse as an ExtractedDocument (one page). */
export function fixtureDoc(name: string, language: string | null = "en"): ExtractedDocument {
  const text = readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url), "utf8");
  return textDoc(text, language);
}

export function textDoc(text: string, language: string | null = "en"): ExtractedDocument {
  return documentFromLines(
    text
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => ({ text: line, page: 1 })),
    { mime: "text/plain", method: "plain-text", language, warnings: [] },
  );
}
