/**
 * Gold skill spans → their best ESCO / curated skill, before (whole-token matching only) and
 * after (the same, then retrieval by meaning when it finds nothing): how often a span gets any
 * skill, and, on a seeded sample judged by hand (bench/labels/skill-esco-judged.json), how often
 * the first one is right.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Normalizer } from "../../packages/core/src/index";
import type { Sentence } from "./corpora";

export interface GoldSpan {
  /** corpus:sentence:first-last, stable across runs (the judged file's key). */
  key: string;
  text: string;
}

export interface Mapping {
  id: string;
  label: string;
  score: number;
}

export type Mapper = (phrase: string) => Mapping | undefined;

export const exactOnly =
  (normalizer: Normalizer): Mapper =>
  (phrase) => {
    const hit = normalizer.findSkills(phrase)[0];
    return hit && { id: hit.id, label: hit.label, score: 1 };
  };

export const withRetrieval =
  (normalizer: Normalizer): Mapper =>
  (phrase) => {
    const best = normalizer.suggestSkills(phrase, 1)[0];
    return best && { id: best.id, label: best.label, score: best.score };
  };

export function goldSpans(corpus: string, sentences: readonly Sentence[]): GoldSpan[] {
  return sentences.flatMap((s, i) =>
    s.gold.map(([a, b]) => ({ key: `${corpus}:${i}:${a}-${b}`, text: s.tokens.slice(a, b + 1).join(" ") })),
  );
}

/** A reproducible sample (Park–Miller, fixed seed), without repeats. */
export function sample<T>(items: readonly T[], size: number, seed = 12): T[] {
  let state = seed;
  const picked = new Set<number>();
  while (picked.size < Math.min(size, items.length)) {
    state = (state * 16807) % 2147483647;
    picked.add(Math.floor((state / 2147483647) * items.length));
  }
  return [...picked].map((i) => items[i] as T);
}

export interface Judgement {
  right: string[];
  wrong: string[];
}

export const judgedFile = join(import.meta.dirname, "../labels/skill-esco-judged.json");

export function readJudgements(): Record<string, Judgement> {
  return (JSON.parse(readFileSync(judgedFile, "utf8")) as { spans: Record<string, Judgement> }).spans;
}

export interface MappingScore {
  spans: number;
  /** Share of gold spans that get any skill. */
  coverage: number;
  judged: number;
  /** Share of the judged sample whose first skill is right (no skill counts as not right). */
  accuracy: number;
  /** Sample answers nobody judged yet: judge them before quoting accuracy. */
  unjudged: string[];
}

export function scoreMapping(
  spans: readonly GoldSpan[],
  judgedSample: readonly GoldSpan[],
  map: Mapper,
  judgements: Record<string, Judgement>,
): MappingScore {
  const covered = spans.filter((s) => map(s.text) !== undefined).length;
  let right = 0;
  const unjudged: string[] = [];
  for (const span of judgedSample) {
    const found = map(span.text);
    if (found === undefined) continue;
    const judgement = judgements[span.key];
    if (judgement?.right.includes(found.id)) right++;
    else if (!judgement?.wrong.includes(found.id)) unjudged.push(`${span.key}\t${span.text}\t→ ${found.id}`);
  }
  return {
    spans: spans.length,
    coverage: covered / Math.max(1, spans.length),
    judged: judgedSample.length,
    accuracy: right / Math.max(1, judgedSample.length),
    unjudged,
  };
}
