import { bundledRules, type TailoringRules } from "../codex/rules";
import { detectInjection } from "../guard";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import type { Normalizer } from "../taxonomy/normalizer";
import { phraseTokens, tokenize } from "../taxonomy/text";
import type { RejectionCode } from "./resume-tailor-v1";

/**
 * The facts of a source CV card, and the check that a new text states none beyond them: every
 * skill (through the taxonomy: "JS" in the source allows "JavaScript"), every capitalised name,
 * job title, number, degree and certification word of the text must be in the source card.
 */
export interface SourceFacts {
  skillIds: Set<string>;
  /** Folded words of every text of the card. */
  words: Set<string>;
  /** " word word … " of every text of the card, for phrase lookups. */
  phrase: string;
  numbers: Set<string>;
  titleIds: Set<string>;
}

export interface FactViolation {
  code: RejectionCode;
  reason: string;
}

/** Every string of a JSON value, depth first. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "number") out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === "object" && value !== null)
    for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** "1,200" and "1200" are one number; "03" and "3" too. */
function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, "").replace(/^0+(?=\d)/, ""));
}

export function sourceFacts(card: ResumeCardV1, normalizer: Normalizer): SourceFacts {
  const { evidence: _evidence, meta: _meta, missing_fields: _missing, ...content } = card;
  // A text that reads like instructions to an AI states no fact of the candidate.
  const text = stringsOf(content)
    .filter((s) => detectInjection(s).length === 0)
    .join("\n");
  const tokens = tokenize(text).map((t) => t.norm);
  const skillIds = new Set<string>();
  for (const skill of card.skills) if (skill.id) skillIds.add(skill.id);
  for (const found of normalizer.findSkills(text)) skillIds.add(found.id);
  const numbers = new Set(numbersIn(text));
  const years = card.total_years_experience;
  if (years != null) for (const y of [Math.floor(years), Math.round(years)]) numbers.add(String(y));
  return {
    skillIds,
    words: new Set(tokens),
    phrase: ` ${tokens.join(" ")} `,
    numbers,
    titleIds: new Set(normalizer.findTitles(text).map((t) => t.id)),
  };
}

const SENTENCE_START = /[.!?:;•·–—\-(|/"“\n]/;

/** Is the word at `start` the first of a sentence, a line or a list item (so its capital says nothing)? */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i] ?? "";
    if (/\s/.test(ch) && ch !== "\n") continue;
    return SENTENCE_START.test(ch);
  }
  return true;
}

function hasPhrase(folded: string, phrase: string): boolean {
  const tokens = phraseTokens(phrase);
  return tokens.length > 0 && folded.includes(` ${tokens.join(" ")} `);
}

export interface TextCheck {
  violation: FactViolation | null;
  /** How many facts (skills, names, titles, numbers, degree and certification words) were checked. */
  checked: number;
}

/** The first fact of `text` the source does not state, or null. */
export function checkText(
  text: string,
  facts: SourceFacts,
  normalizer: Normalizer,
  rules: TailoringRules = bundledRules.tailoring,
): TextCheck {
  let checked = 0;
  const fail = (code: RejectionCode, reason: string): TextCheck => ({ violation: { code, reason }, checked });
  const skills = normalizer.findSkills(text);
  for (const skill of skills) {
    checked++;
    if (!facts.skillIds.has(skill.id)) {
      if (skill.category === "certification") {
        return fail("new_certification", `claims the certification "${skill.text}", which the CV does not`);
      }
      return fail(
        "new_skill",
        `adds the skill "${skill.text}" (${skill.label}), which the CV does not mention`,
      );
    }
  }
  for (const n of numbersIn(text)) {
    checked++;
    if (!facts.numbers.has(n)) return fail("new_number", `adds the number ${n}, which the CV does not state`);
  }
  const tokens = tokenize(text);
  const folded = ` ${tokens.map((t) => t.norm).join(" ")} `;
  for (const word of rules.degree_words) {
    if (hasPhrase(folded, word)) {
      checked++;
      if (!hasPhrase(facts.phrase, word))
        return fail("new_degree", `names a degree ("${word}") the CV does not`);
    }
  }
  for (const word of rules.certification_words) {
    if (hasPhrase(folded, word)) {
      checked++;
      if (!hasPhrase(facts.phrase, word))
        return fail("new_certification", `claims a certification ("${word}") the CV does not`);
    }
  }
  for (const title of normalizer.findTitles(text)) {
    // One lower-case word ("former", "lead") is too weak a sign of a job title to refuse a text for.
    if (!/\s/.test(title.text.trim()) && !/^\p{Lu}/u.test(title.text)) continue;
    checked++;
    if (!facts.titleIds.has(title.id) && !hasPhrase(facts.phrase, title.text)) {
      return fail("new_title", `names the job title "${title.text}", which the CV does not`);
    }
  }
  const inSkill = (start: number) => skills.some((s) => s.start <= start && start < s.end);
  for (const token of tokens) {
    const surface = text.slice(token.start, token.end);
    if (!/^\p{Lu}/u.test(surface) || sentenceInitial(text, token.start)) continue;
    checked++;
    if (!facts.words.has(token.norm) && !inSkill(token.start)) {
      return fail("new_name", `names "${surface}", which the CV does not (an employer, place or product?)`);
    }
  }
  return { violation: null, checked };
}
