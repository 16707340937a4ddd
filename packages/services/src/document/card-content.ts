import { InputError } from "@futodama/core";

/**
 * Issue 11: a file with nothing in it must not end `parsed` with an empty card that then
 * matches nothing forever. A document fails, with a stable code in its reason, when its text
 * has fewer than three letters or digits, or when its card has no name (title) and no section.
 */
const minimumCharacters = 3;

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== "";

const resumeSections = [
  "summary",
  "work_experience",
  "education",
  "skills",
  "languages",
  "certifications",
  "projects",
];
const jobSections = ["competencies", "language_requirements"];

function isEmptyCard(card: Record<string, unknown>): boolean {
  if (card.schema === "resume-card-v1") {
    const person = (card.personal_info ?? {}) as Record<string, unknown>;
    return !filled(person.name) && !resumeSections.some((s) => filled(card[s]));
  }
  if (card.schema === "job-card-v1") {
    const basics = (card.basics ?? {}) as Record<string, unknown>;
    const overview = (card.overview ?? {}) as Record<string, unknown>;
    const requirements = (card.requirements ?? {}) as Record<string, unknown>;
    const sections = [
      overview.summary,
      overview.responsibilities,
      requirements.must_have,
      requirements.nice_to_have,
    ];
    return !filled(basics.title) && !sections.some(filled) && !jobSections.some((s) => filled(card[s]));
  }
  return false;
}

export function assertHasContent(text: string, card: object): void {
  // Counted without an array of every letter: a long document's text is a million characters.
  const characters = text.replace(/[^\p{L}\p{N}]+/gu, "").length;
  if (characters < minimumCharacters) {
    throw new InputError(
      "document.no_text",
      `The file holds almost no text (${characters} letters or digits); check it is the right file (document.no_text)`,
      { details: { characters } },
    );
  }
  if (isEmptyCard(card as Record<string, unknown>)) {
    throw new InputError(
      "document.empty_card",
      "No name and no section could be read from the file; check it is the right file or export it again (document.empty_card)",
    );
  }
}
