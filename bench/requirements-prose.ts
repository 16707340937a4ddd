/**
 * Requirements from prose on SkillSpan (NAACL 2022): each job posting's sentences joined into one
 * paragraph (as job boards deliver ads) go through parseJob; a gold skill or knowledge span is
 * recalled when a requirement of the card (must or nice) names a taxonomy skill at that place.
 * Develop on train (the default); report test once (--split=test); never tune on test.
 *
 *   pnpm exec tsx bench/requirements-prose.ts [--split=train|dev|test] [--layout=lines]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultNormalizer, documentFromLines, parseJob } from "../packages/core/src/index";
import { type Sentence, type SkillSpanSplit, sentenceText, skillspan } from "./skills/corpora";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const split = (arg("split") ?? "train") as SkillSpanSplit;
const lines = arg("layout") === "lines";
const normalizer = defaultNormalizer();

/** One posting as a document: its sentences on one line (or one a line), gold spans as offsets. */
function posting(sentences: Sentence[]) {
  const parts: string[] = [];
  const gold: Array<[number, number]> = [];
  let offset = 0;
  for (const s of sentences) {
    const { text, starts } = sentenceText(s.tokens);
    for (const [a, b] of s.gold)
      gold.push([offset + (starts[a] ?? 0), offset + (starts[b] ?? 0) + (s.tokens[b]?.length ?? 0)]);
    parts.push(text.trimEnd());
    offset += text.trimEnd().length + 1;
  }
  return { text: parts.join(lines ? "\n" : " "), gold };
}

const byPosting = new Map<number, Sentence[]>();
for (const s of skillspan("both", split)) {
  const list = byPosting.get(s.posting ?? -1) ?? [];
  list.push(s);
  byPosting.set(s.posting ?? -1, list);
}

const tally = {
  gold: 0,
  inRequirement: 0,
  asSkill: 0,
  asMust: 0,
  predicted: 0,
  predictedOnGold: 0,
  withoutRequirements: 0,
};
const started = performance.now();
for (const sentences of byPosting.values()) {
  const { text, gold } = posting(sentences);
  if (text.trim() === "") continue;
  const doc = documentFromLines(
    text.split("\n").map((t) => ({ text: t, page: 1 })),
    { mime: "text/plain", method: "plain-text", language: "en", warnings: [] },
  );
  const card = parseJob(doc);
  const reqs = [
    ...card.requirements.must_have.map((r) => ({ r, must: true })),
    ...card.requirements.nice_to_have.map((r) => ({ r, must: false })),
  ];
  if (reqs.length === 0) tally.withoutRequirements++;
  // Where each requirement's skills stand: the normaliser over the requirement's own quote.
  const skillSpans: Array<{ start: number; end: number; must: boolean }> = [];
  const itemSpans: Array<[number, number]> = [];
  for (const { r, must } of reqs) {
    const ev = r.evidence;
    if (!ev || ev.start == null || ev.end == null) continue;
    itemSpans.push([ev.start, ev.end]);
    for (const hit of normalizer.findSkills(ev.quote ?? r.text))
      skillSpans.push({ start: ev.start + hit.start, end: ev.start + hit.end, must });
  }
  const unique = new Map(skillSpans.map((s) => [`${s.start}:${s.end}`, s]));
  tally.predicted += unique.size;
  const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;
  for (const s of unique.values())
    if (gold.some(([a, b]) => overlaps(a, b, s.start, s.end))) tally.predictedOnGold++;
  for (const [a, b] of gold) {
    tally.gold++;
    if (itemSpans.some(([c, d]) => c <= a && b <= d)) tally.inRequirement++;
    const hits = [...unique.values()].filter((s) => overlaps(a, b, s.start, s.end));
    if (hits.length > 0) tally.asSkill++;
    if (hits.some((h) => h.must)) tally.asMust++;
  }
}
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const result = {
  split,
  layout: lines ? "one sentence a line" : "one paragraph",
  postings: byPosting.size,
  postingsWithoutRequirements: tally.withoutRequirements,
  goldSpans: tally.gold,
  recallInsideARequirement: pct(tally.inRequirement, tally.gold),
  recallAsRequirementSkill: pct(tally.asSkill, tally.gold),
  recallAsMustHaveSkill: pct(tally.asMust, tally.gold),
  requirementSkillsOnAGoldSpan: pct(tally.predictedOnGold, tally.predicted),
  seconds: Math.round(performance.now() - started) / 1000,
};
console.log(result);
const dir = join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
const file = join(dir, "requirements-prose.json");
const previous = (() => {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
writeFileSync(file, `${JSON.stringify({ ...previous, [`${split}/${result.layout}`]: result }, null, 2)}\n`);
