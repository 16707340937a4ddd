import { readFileSync } from "node:fs";
import { documentFromLines, type ExtractedDocument } from "../../src/document";
import { parseResume } from "../../src/parse/resume";

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

/** The day the entry tests read "present" as. */
export const entryTestNow = new Date("2024-06-01");

/** The card of a made-up CV's text, "present" read as entryTestNow. */
export function cardOf(text: string) {
  return parseResume(textDoc(text), { now: entryTestNow });
}

/** Each job of the CV's card as [title, company, start]. */
export function jobRows(text: string): Array<Array<string | null | undefined>> {
  return cardOf(text).work_experience.map((j) => [j.title, j.company, j.start]);
}

/** A made-up CV: a name, an e-mail, the given experience lines, and one degree. */
export function experienceCv(...experience: string[]): string {
  return [
    "Mira Holt",
    "mira@example.com",
    "",
    "EXPERIENCE",
    ...experience,
    "",
    "EDUCATION",
    "BSc Physics",
  ].join("\n");
}

/** Each degree of a made-up CV (a name, an e-mail, the given lines under EDUCATION) as [degree, field, institution]. */
export function educationRows(...education: string[]): Array<Array<string | null | undefined>> {
  const text = ["Mira Holt", "mira@example.com", "", "EDUCATION", ...education].join("\n");
  return cardOf(text).education.map((e) => [e.degree, e.field, e.institution]);
}
