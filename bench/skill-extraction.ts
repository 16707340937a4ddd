/**
 * Skill extraction on public job-posting corpora, as a baseline to improve: the taxonomy
 * normalizer (packages/core) against SkillSpan (NAACL 2022; skill and knowledge spans) and
 * Green et al. (LREC 2022; Skill spans). Span-level precision/recall/F1, exact and loose
 * (a prediction counts when it overlaps a gold span of the same sentence).
 *
 *   pnpm bench:skills            (reads ../shared/data/dev-corpora, or FUTODAMA_SHARED_DATA)
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultNormalizer } from "../packages/core/src/index";
import {
  corporaDir as corpora,
  green,
  type Sentence,
  type SkillSpanSplit,
  sentenceText,
  skillspan,
} from "./skills/corpora";

interface Score {
  exact: { tp: number; fp: number; fn: number };
  loose: { tp: number; fp: number; fn: number };
  ms: number;
  sentences: number;
}

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/**
 * With --retrieval: each clause (tokens between punctuation) in which whole-token matching finds
 * nothing is given to the retrieval normaliser; a skill found by meaning predicts the clause.
 */
function clausesByMeaning(tokens: string[], taken: Array<[number, number]>): Array<[number, number]> {
  const normalizer = defaultNormalizer();
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !PUNCTUATION.test(tokens[i] ?? "")) continue;
    const clause: [number, number] = [from, i - 1];
    const free = !taken.some(([a, b]) => a <= clause[1] && clause[0] <= b);
    if (i > from && free && normalizer.suggestSkills(tokens.slice(from, i).join(" "), 1).length > 0)
      out.push(clause);
    from = i + 1;
  }
  return out;
}

const withRetrieval = process.argv.includes("--retrieval");
/** SkillSpan split: develop on dev (--split=dev), report test (Green et al. has only a test set). */
const split = (process.argv.find((a) => a.startsWith("--split="))?.slice(8) ?? "test") as SkillSpanSplit;

function evaluate(sentences: Sentence[]): Score {
  const normalizer = defaultNormalizer();
  const score: Score = {
    exact: { tp: 0, fp: 0, fn: 0 },
    loose: { tp: 0, fp: 0, fn: 0 },
    ms: 0,
    sentences: sentences.length,
  };
  const started = performance.now();
  for (const { tokens, gold } of sentences) {
    const { text, starts } = sentenceText(tokens);
    const tokenAt = (offset: number) => {
      let i = 0;
      while (i + 1 < starts.length && (starts[i + 1] ?? 0) <= offset) i++;
      return i;
    };
    const predicted = normalizer
      .findSkills(text)
      .map((m) => [tokenAt(m.start), tokenAt(m.end - 1)] as [number, number]);
    if (withRetrieval) predicted.push(...clausesByMeaning(tokens, predicted));
    const key = (s: [number, number]) => `${s[0]}:${s[1]}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predKeys) goldKeys.has(p) ? score.exact.tp++ : score.exact.fp++;
    for (const g of goldKeys) if (!predKeys.has(g)) score.exact.fn++;
    const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
    for (const p of predicted) gold.some((g) => overlaps(p, g)) ? score.loose.tp++ : score.loose.fp++;
    for (const g of gold) if (!predicted.some((p) => overlaps(p, g))) score.loose.fn++;
  }
  score.ms = performance.now() - started;
  return score;
}

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision: round(p), recall: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
};
const round = (n: number) => Math.round(n * 1000) / 1000;

if (!existsSync(corpora)) {
  console.error(`No corpora at ${corpora}; set FUTODAMA_SHARED_DATA`);
  process.exit(2);
}
const loadStarted = performance.now();
defaultNormalizer();
const loadMs = Math.round(performance.now() - loadStarted);
const results = Object.fromEntries(
  (
    [
      ["skillspan (skill+knowledge)", skillspan("both", split)],
      ["skillspan (knowledge)", skillspan("knowledge", split)],
      ["skillspan (skill)", skillspan("skill", split)],
      ["green (Skill)", green()],
    ] as const
  ).map(([name, sentences]) => {
    const s = evaluate(sentences);
    return [
      name,
      {
        sentences: s.sentences,
        exact: prf(s.exact),
        loose: prf(s.loose),
        msPerSentence: round(s.ms / s.sentences),
      },
    ];
  }),
);
console.log(`normalizer load: ${loadMs} ms`);
console.table(
  Object.fromEntries(
    Object.entries(results).map(([k, v]) => [
      k,
      {
        sentences: v.sentences,
        "exact P": v.exact.precision,
        "exact R": v.exact.recall,
        "exact F1": v.exact.f1,
        "loose P": v.loose.precision,
        "loose R": v.loose.recall,
        "loose F1": v.loose.f1,
        "ms/sent": v.msPerSentence,
      },
    ]),
  ),
);
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
writeFileSync(
  join(import.meta.dirname, `results/skill-extraction${withRetrieval ? "-retrieval" : ""}.json`),
  `${JSON.stringify({ loadMs, results }, null, 2)}\n`,
);
