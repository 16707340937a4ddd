import type { LanguageCode, LanguageLevel } from "./shared";

/** Language names as written in EN/DA/DE/FR/AR documents → ISO 639-1. */
const languageCodeByName: Record<string, LanguageCode> = {
  english: "en",
  engelsk: "en",
  englisch: "en",
  anglais: "en",
  danish: "da",
  dansk: "da",
  dänisch: "da",
  danois: "da",
  german: "de",
  tysk: "de",
  deutsch: "de",
  allemand: "de",
  french: "fr",
  fransk: "fr",
  französisch: "fr",
  français: "fr",
  arabic: "ar",
  arabisk: "ar",
  arabisch: "ar",
  arabe: "ar",
  spanish: "es",
  swedish: "sv",
  norwegian: "no",
  dutch: "nl",
  العربية: "ar",
};

const languageNamePattern = new RegExp(
  `(?<![\\p{L}])(${Object.keys(languageCodeByName).join("|")})(?![\\p{L}])`,
  "iu",
);

/** The first language named in the text, e.g. "Fluent Danish" → { code: "da", name: "Danish" }. */
export function findLanguage(text: string): { code: LanguageCode; name: string } | null {
  const hit = languageNamePattern.exec(text);
  const name = hit?.[1];
  const code = name === undefined ? undefined : languageCodeByName[name.toLowerCase()];
  return name !== undefined && code !== undefined ? { code, name } : null;
}

/** A CEFR level or a plain-word level named in the text. */
export function findLanguageLevel(text: string): LanguageLevel | null {
  const cefr = /\b([ABC][12])\b/.exec(text)?.[1];
  if (cefr) return cefr as LanguageLevel;
  if (/\b(native|mother tongue|modersmål|muttersprache|langue maternelle)\b/iu.test(text)) return "native";
  if (/\b(fluent|flydende|fließend|courant|bilingual)\b/iu.test(text)) return "fluent";
  if (/\b(professional|business|working proficiency)\b/i.test(text)) return "professional";
  if (/\b(conversational|good)\b/i.test(text)) return "conversational";
  if (/\b(basic|elementary|grundlæggende)\b/i.test(text)) return "basic";
  return null;
}
