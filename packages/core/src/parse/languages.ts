import type { LanguageLevel } from "../card/shared";
import { list } from "./headings";
import { alternation, languageLevelsLexicon } from "./lexicon";
import { fold, phraseRegExp } from "./text";

/** Spoken languages and levels as written in en/da/de/fr/es/ar (and native names). */

const namesByCode: Record<string, string> = {
  en: "english|engelsk|englisch|englischkenntnisse|anglais|inglés|ingles|الإنجليزية|الانجليزية|الإنجليزي|الانجليزي|الإنكليزية|engels|engelska",
  da: "danish|dansk|dänisch|danois|danés|الدنماركية|deens|danska",
  de: "german|tysk|deutsch|deutschkenntnisse|allemand|alemán|aleman|الألمانية|duits|tyska",
  fr: "french|fransk|französisch|français|francais|francés|frances|الفرنسية|frans|franska",
  es: "spanish|spansk|spanisch|espagnol|español|espanol|castellano|الإسبانية|spaans|spanska",
  ar: "arabic|arabisk|arabisch|arabe|árabe|العربية|عربي|arabiska",
  sv: "swedish|svensk|svenska|schwedisch|suédois|sueco",
  no: "norwegian|norsk|norwegisch|norvégien|noruego",
  nl: "dutch|hollandsk|nederlands|niederländisch|néerlandais|neerlandés|flemish",
  it: "italian|italiensk|italienisch|italien|italiano|الإيطالية",
  pt: "portuguese|portugisisk|portugiesisch|portugais|portugués|português",
  pl: "polish|polsk|polnisch|polonais|polaco|polski",
  ru: "russian|russisk|russisch|russe|ruso|русский|الروسية",
  tr: "turkish|tyrkisk|türkisch|turc|turco|türkçe|التركية",
  zh: "chinese|mandarin|kinesisk|chinesisch|chinois|chino|中文|普通话|الصينية",
  ja: "japanese|japansk|japanisch|japonais|japonés|日本語",
  ko: "korean|koreansk|koreanisch|coréen|coreano",
  hi: "hindi",
  ur: "urdu|الأردية",
  fa: "persian|farsi|persisk|persisch|persan|فارسی|الفارسية",
  he: "hebrew|hebraisk|hebräisch|hébreu|hebreo|עברית|العبرية",
  fi: "finnish|finsk|finnisch|finnois|suomi",
  is: "icelandic|islandsk",
  uk: "ukrainian|ukrainsk|ukrainisch|ukrainien|українська",
  el: "greek|græsk|griechisch|grec|griego",
  ro: "romanian|rumænsk|rumänisch|roumain|rumano",
  hu: "hungarian|ungarsk|ungarisch|hongrois",
  cs: "czech|tjekkisk|tschechisch|tchèque",
  so: "somali|somalisk",
  ku: "kurdish|kurdisk|kurdisch|kurde|الكردية",
  bn: "bengali|bangla",
  ta: "tamil",
  vi: "vietnamese|vietnamesisk|tiếng việt",
  th: "thai",
  id: "indonesian|bahasa indonesia",
  ms: "malay|bahasa melayu",
  tl: "tagalog|filipino",
  sw: "swahili|kiswahili",
  am: "amharic",
};

const codeByName = new Map<string, string>();
for (const [code, names] of Object.entries(namesByCode))
  for (const n of list(names)) codeByName.set(fold(n), code);
const languagePattern = phraseRegExp([...Object.values(namesByCode).flatMap(list)], "giu");

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
