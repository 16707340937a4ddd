import type { SkillPayload } from "./skill-index";
import type { Token } from "./text";

/** A match before ambiguity is resolved: token range + payload. */
export interface Candidate {
  first: number;
  last: number;
  payload: SkillPayload;
}

const WINDOW = 8;

// Words that make any nearby ambiguous form technical.
const GENERIC_CUES = new Set(
  `programming programmer programmers language languages developer developers development develop engineer
  engineers engineering framework frameworks library libraries stack coding code coded backend back-end frontend
  software tech technologies technology tools tooling sdk api apis microservices scripting compiler runtime
  certified certification`.split(/\s+/),
);
// "to go", "I go", "we excel": a verb, not a technology.
const PREV_VETO = new Set(
  "to will would can could should must might may let's lets i we you they please don't didn't not never and/or".split(
    " ",
  ),
);
const NEXT_VETO = new Set("to at ahead away back out through beyond further forward over up down".split(" "));

/** Curated categories of professional, not technical, skills: no evidence for a nearby "Go". */
export const NON_TECH_CATEGORIES: ReadonlySet<string> = new Set([
  "finance",
  "healthcare",
  "hr",
  "logistics",
  "sales",
  "marketing",
  "education",
  "trades",
  "professional",
]);

function isTech(c: Candidate): boolean {
  const s = c.payload.skill;
  if (NON_TECH_CATEGORIES.has(s.category)) return false;
  return s.source !== "esco" || s.category === "programming_language" || s.category === "ict";
}

/** Keeps the gated candidates that have context; everything else passes through. */
export function resolveAmbiguity(
  text: string,
  tokens: readonly Token[],
  candidates: Candidate[],
): Candidate[] {
  const accepted = new Set<Candidate>(candidates.filter((c) => !c.payload.gated));
  const gated = candidates.filter((c) => c.payload.gated && plausible(text, tokens, c));
  for (let round = 0; round < 2 && gated.length > 0; round++) {
    const techByLine = new Map<number, Candidate[]>();
    for (const c of accepted) {
      if (!isTech(c)) continue;
      const line = tokens[c.first]?.line ?? 0;
      // push, not spread: a CV flattened onto one line has thousands of hits on it
      const onLine = techByLine.get(line);
      if (onLine) onLine.push(c);
      else techByLine.set(line, [c]);
    }
    for (let k = gated.length - 1; k >= 0; k--) {
      const c = gated[k];
      if (c === undefined) continue;
      if (
        standsAlone(tokens, c) ||
        hasCue(tokens, c) ||
        hasTechNeighbour(c, techByLine.get(tokens[c.first]?.line ?? 0) ?? [])
      ) {
        accepted.add(c);
        gated.splice(k, 1);
      }
    }
  }
  return candidates.filter((c) => accepted.has(c));
}

function plausible(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.first];
  const last = tokens[c.last];
  if (first === undefined || last === undefined) return false;
  const surface = text.slice(first.start, last.end);
  // A lone lower-case "c" or "r" is a letter, not a language.
  if (surface.length <= 2 && surface === surface.toLowerCase()) return false;
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  if (prev !== undefined && prev.line === first.line && PREV_VETO.has(prev.norm)) return false;
  // "20 teams", "3 containers": a count of things, not a product.
  if (prev !== undefined && prev.line === first.line && /^\d+$/.test(prev.norm)) return false;
  if (next !== undefined && next.line === last.line && NEXT_VETO.has(next.norm)) return false;
  return true;
}

/** The whole line is the term ("Kafka" in a one-per-line list, or a lone query): no other reading. */
function standsAlone(tokens: readonly Token[], c: Candidate): boolean {
  const line = tokens[c.first]?.line;
  return tokens[c.first - 1]?.line !== line && tokens[c.last + 1]?.line !== line;
}

function hasCue(tokens: readonly Token[], c: Candidate): boolean {
  const cues = new Set(c.payload.skill.context ?? []);
  const line = tokens[c.first]?.line;
  const from = Math.max(0, c.first - WINDOW);
  const to = Math.min(tokens.length - 1, c.last + WINDOW);
  for (let i = from; i <= to; i++) {
    if (i >= c.first && i <= c.last) continue;
    const t = tokens[i];
    if (t === undefined || t.line !== line) continue;
    // Cues are single words (the curated `context` lists are written that way).
    if (cues.has(t.norm) || GENERIC_CUES.has(t.norm)) return true;
  }
  return false;
}

function hasTechNeighbour(c: Candidate, lineTech: readonly Candidate[]): boolean {
  // Three on the line are at least two others, whichever c is: no need to copy a long line's list.
  if (lineTech.length >= 3) return true;
  const others = lineTech.filter((o) => o !== c);
  if (others.length >= 2) return true;
  return others.some((o) => Math.abs(o.first - c.first) <= WINDOW);
}
