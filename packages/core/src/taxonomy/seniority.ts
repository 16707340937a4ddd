import { bundledRules } from "../codex";
import { phraseTokens } from "./text";
import type { Seniority } from "./types";

interface Cue {
  tokens: string[];
  level: Seniority;
  rank: number;
}

// Title words that name a role rather than a level when they stand inside a title.
const NOT_IN_TITLE = new Set(["staff", "experienced", "graduate", "mid"]);

const CUES: Cue[] = bundledRules.seniority.levels
  .flatMap((level) =>
    level.cues.map((cue) => ({
      tokens: phraseTokens(cue),
      level: level.level as Seniority,
      rank: level.rank,
    })),
  )
  .filter((cue) => cue.tokens.length > 0)
  .sort((a, b) => b.tokens.length - a.tokens.length);

/** Prefixes that only qualify a title: "Senior Accountant" is an accountant, senior. */
export const STRIPPABLE_PREFIXES: readonly string[][] = [
  "senior",
  "sr",
  "sr.",
  "junior",
  "jr",
  "jr.",
  "lead",
  "principal",
  "entry level",
  "mid level",
  "intermediate",
  "trainee",
  "apprentice",
  "graduate",
  "associate",
].map(phraseTokens);

/** The cue that ends at tokens[end - 1], if any (longest first). */
export function cueEndingAt(tokens: readonly string[], end: number): Cue | undefined {
  for (const cue of CUES) {
    const start = end - cue.tokens.length;
    if (start < 0) continue;
    if (cue.tokens.every((t, i) => tokens[start + i] === t)) return cue;
  }
  return undefined;
}

/** The highest-ranked seniority named inside a title's own tokens. */
export function seniorityInTitle(tokens: readonly string[]): Seniority | undefined {
  let best: Cue | undefined;
  for (let end = 1; end <= tokens.length; end++) {
    const cue = cueEndingAt(tokens, end);
    if (cue === undefined || (cue.tokens.length === 1 && NOT_IN_TITLE.has(cue.tokens[0] ?? ""))) continue;
    if (best === undefined || cue.rank > best.rank) best = cue;
  }
  return best?.level;
}

/** Strips leading level words; returns the rest and the level they named. */
export function stripSeniorityPrefix(tokens: readonly string[]): { rest: string[]; level?: Seniority } {
  let rest = [...tokens];
  let level: Seniority | undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of STRIPPABLE_PREFIXES) {
      if (rest.length > prefix.length && prefix.every((t, i) => rest[i] === t)) {
        level ??= cueEndingAt(prefix, prefix.length)?.level;
        rest = rest.slice(prefix.length);
        changed = true;
      }
    }
  }
  return level === undefined ? { rest } : { rest, level };
}
