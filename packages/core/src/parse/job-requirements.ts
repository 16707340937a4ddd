import type { Requirement } from "../job/job-card-v1";
import { isDegreeMention } from "./education";
import { findLanguages, findLevel } from "./languages";
import { alternation, requirementsLexicon, wordAlternation } from "./lexicon";
import type { ParseNormalizer, SkillHit } from "./normalizer";
import { bulletItem, foldDigits, type Line, spanIn } from "./text";

/**
 * Requirements and their weight. Section headings set the default ("Requirements" → must,
 * "Nice to have" → nice); the sentence itself can overrule it ("Kubernetes is a plus"). The cue
 * words are codex/lexicon/requirements.json.
 */

export interface Item {
  text: string;
  line: Line;
  at: number;
}

const words = requirementsLexicon;
const niceCue = new RegExp(wordAlternation(words.nice_cues), "iu");
const strongMust = new RegExp(wordAlternation(words.must_cues), "iu");
const weakMust = new RegExp(wordAlternation(words.implied_must_cues), "iu");
const experienceWord = new RegExp(wordAlternation(words.experience_words), "iu");
const languageCue = new RegExp(alternation(words.language_cues), "iu");
const certificationWord = new RegExp(alternation(words.certification_words), "iu");
const degreeWord = new RegExp(wordAlternation(words.degree_words), "iu");
const numberWords = words.number_words;
const yearsPattern = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2}|${alternation(Object.keys(numberWords))})\s*\+?\s*(?:(?:-|–|to|til|bis|à|a)\s*\d{1,2}\s*\+?\s*)?(?:\(\d+\)\s*)?(?:${alternation(words.year_words)})(?![\p{L}])`,
  "iu",
);

/** The smallest number of years the text asks for ("5+ years", "3–5 years", "mindst 3 års"). */
export function yearsIn(text: string): number | null {
  const m = yearsPattern.exec(foldDigits(text));
  if (!m?.[1]) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (numberWords[m[1].toLowerCase()] ?? null);
  return n !== null && n > 0 && n <= 40 ? n : null;
}

/** Bullets and sentences of a block of lines, each with its position. */
export function itemsOf(lines: Line[]): Item[] {
  const items: Item[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const bullet = bulletItem(line.text);
    const last = items.at(-1);
    if (!bullet && last && last.line.i === line.i - 1 && /^\p{Ll}/u.test(line.text)) {
      last.text = `${last.text} ${line.text}`;
      continue;
    }
    const body = bullet ?? line.text;
    const offset = line.text.indexOf(body);
    let from = 0;
    for (const m of body.matchAll(/(?<=[.!?;])\s+(?=[\p{Lu}\d])|;\s+/gu)) {
      pushPart(items, body.slice(from, m.index), line, offset + from);
      from = m.index + m[0].length;
    }
    pushPart(items, body.slice(from), line, offset + from);
  }
  return items;
}

function pushPart(items: Item[], raw: string, line: Line, at: number): void {
  const text = raw.replace(/[\s.;]+$/, "").trim();
  if (text.length >= 2 && /\p{L}/u.test(text)) items.push({ text, line, at: at + raw.indexOf(text) });
}

export type Weight = "must" | "nice" | null;

/** Whether the item says outright that it is required or optional. */
export function explicitCue(text: string): boolean {
  return niceCue.test(text) || strongMust.test(text);
}

/** must / nice / not a requirement, from the item's own words and its section's default. */
export function weigh(text: string, sectionDefault: Weight): Weight {
  const nice = niceCue.test(text);
  if (sectionDefault === "nice") return strongMust.test(text) && !nice ? "must" : "nice";
  if (nice) return "nice";
  if (sectionDefault === "must") return "must";
  if (strongMust.test(text) || weakMust.test(text) || yearsIn(text) !== null) return "must";
  if (findLanguages(text).length > 0 && languageCue.test(text)) return "must";
  return null;
}

/** Clauses of an item: "Python is required, and Terraform is preferred" → two. */
const clauseBreak = new RegExp(
  String.raw`[,;()]|\s[–—-]\s|\s(?:${alternation(words.clause_conjunctions)})\s`,
  "giu",
);

function clauseAt(text: string, at: number): string {
  let from = 0;
  for (const m of text.matchAll(clauseBreak)) {
    if (m.index >= at) return text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return text.slice(from);
}

/**
 * must / nice for the requirement at `at` in the item: the cue words of its own clause first
 * ("strong knowledge of cloud infrastructure, ideally AWS": cloud must, AWS nice), then the
 * item's weight — computed without the clauses that say "a plus" about something else.
 */
export function clauseWeight(text: string, at: number, sectionDefault: Weight): Weight {
  const clause = clauseAt(text, at);
  if (niceCue.test(clause)) return "nice";
  if (strongMust.test(clause)) return "must";
  const others = text.split(clauseBreak).filter((c) => c !== undefined && !niceCue.test(c));
  return weigh(others.join(", "), sectionDefault) ?? weigh(text, sectionDefault);
}

function kindOf(text: string, hits: SkillHit[]): Requirement["kind"] {
  const short = text.split(/\s+/).length <= 5;
  if (findLanguages(text).length > 0 && (languageCue.test(text) || findLevel(text) !== null || short))
    return "language";
  if (certificationWord.test(text)) return "certification";
  if (isDegreeMention(text) || degreeWord.test(text)) return "education";
  if (yearsIn(text) !== null) return "experience";
  if (hits.length > 0) return "skill";
  return experienceWord.test(text) ? "experience" : "other";
}

/**
 * One requirement for the item (with its first skill), plus one per further skill it names;
 * `positions` says where in the item each one's skill stands (for its clause's cue words).
 */
export function toRequirements(
  item: Item,
  normalizer: ParseNormalizer,
): { requirements: Requirement[]; hits: SkillHit[]; positions: number[] } {
  const hits = normalizer.findSkills(item.text);
  const kind = kindOf(item.text, hits);
  const years = yearsIn(item.text);
  const main: Requirement = {
    text: item.text,
    kind,
    skill_id: kind === "language" ? null : (hits[0]?.id ?? null),
    years_min: years,
    evidence: spanIn(item.line, item.text, item.at),
  };
  const extra: Requirement[] =
    kind === "language"
      ? []
      : hits.slice(1).map((hit) => ({
          text: hit.text,
          kind: "skill",
          skill_id: hit.id,
          years_min: null,
          evidence: spanIn(item.line, hit.text, item.at + hit.start),
        }));
  return {
    requirements: [main, ...extra],
    hits,
    positions: [hits[0]?.start ?? 0, ...extra.map((_, i) => hits[i + 1]?.start ?? 0)],
  };
}
