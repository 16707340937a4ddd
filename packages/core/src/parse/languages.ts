import type { LanguageLevel } from "../card/shared";
import { alternation, languageLevelsLexicon, languageNamesLexicon } from "./lexicon";
import { fold, phraseRegExp } from "./text";

/** Spoken languages as documents write them: codex/lexicon/language-names.json. */
const codeByName = new Map<string, string>();
for (const [code, names] of Object.entries(languageNamesLexicon.names))
  for (const n of names) codeByName.set(fold(n), code);
const languagePattern = phraseRegExp(Object.values(languageNamesLexicon.names).flat(), "giu");

export interface LanguageMention {
  code: string;
  name: string;
  index: number;
}

/** Every language named in the text, in order. */
export function findLanguages(text: string): LanguageMention[] {
  const out: LanguageMention[] = [];
  for (const m of text.matchAll(new RegExp(languagePattern.source, "giu"))) {
    const code = codeByName.get(fold(m[0]));
    if (code) out.push({ code, name: m[0], index: m.index });
  }
  return out;
}

/** Level words, codex/lexicon/language-levels.json: the first level a text names wins. */
const levels = Object.entries(languageLevelsLexicon.levels).map(
  ([level, words]) => [level as LanguageLevel, new RegExp(alternation(words), "iu")] as const,
);

/** A CEFR level or a plain-word level in the text. */
export function findLevel(text: string): LanguageLevel | null {
  const cefr = /(?<![\p{L}\d])([ABC][12])(?![\d\p{L}])/u.exec(text)?.[1];
  if (cefr) return cefr as LanguageLevel;
  for (const [level, pattern] of levels) if (pattern.test(text)) return level;
  return null;
}

export function languageWords(): string[] {
  return [...codeByName.keys()];
}
