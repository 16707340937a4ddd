import { findLanguages, findLevel } from "../parse/languages";
import type { LanguageCode, LanguageLevel } from "./shared";

/**
 * The first language named in the text, e.g. "Fluent Danish" → { code: "da", name: "Danish" }: the
 * parser's reading (codex/lexicon/language-names.json), so a model's "Marathi" is read as a CV's is.
 */
export function findLanguage(text: string): { code: LanguageCode; name: string } | null {
  const [first] = findLanguages(text);
  return first ? { code: first.code, name: first.name } : null;
}

/** A CEFR level or a plain-word level named in the text (codex/lexicon/language-levels.json). */
export function findLanguageLevel(text: string): LanguageLevel | null {
  return findLevel(text);
}
