import { franc } from "franc";

/** ISO 639-3 (franc) → ISO 639-1 for the languages a CV or job ad here is written in. */
const iso1: Record<string, string> = {
  eng: "en",
  dan: "da",
  nob: "nb",
  swe: "sv",
  deu: "de",
  fra: "fr",
  spa: "es",
  nld: "nl",
  ita: "it",
  por: "pt",
  pol: "pl",
  fin: "fi",
  arb: "ar",
  tur: "tr",
  ukr: "uk",
  rus: "ru",
};
const candidates = Object.keys(iso1);
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;
const LETTER = /\p{L}/gu;

/**
 * The document's language as ISO 639-1, or null when the text is too short or undecided.
 * Arabic is decided by script (franc confuses it with Persian and Urdu on short text); the
 * rest by franc restricted to the languages above, which is far more reliable than all 400.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const arabic = sample.match(ARABIC)?.length ?? 0;
  if (letters >= 8 && arabic / letters > 0.3) return "ar";
  if (letters < 20) return null;
  // Strip what carries no language: e-mails, URLs, digits, and the Arabic when it is a minority.
  const prose = sample
    .replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/g, " ")
    .replace(ARABIC, " ")
    .replace(/[\d\p{P}\p{S}]+/gu, " ");
  const code = franc(prose, { minLength: 20, only: candidates });
  return iso1[code] ?? null;
}
