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

let goldTotal = 0;
let inRequirement = 0;
let asSkill = 0;
let asMust = 0;
let predicted = 0;
let predictedOnGold = 0;
let withoutRequirements = 0;
const started = performance.now();
const perPosting: Record<string, number> = {};
for (const [id, sentences] of byPosting) {
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
  if (reqs.length === 0) withoutRequirements++;
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
  predicted += unique.size;
  const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;
  for (const s of unique.values())
    if (gold.some(([a, b]) => overlaps(a, b, s.start, s.end))) predictedOnGold++;
  for (const [a, b] of gold) {
    goldTotal++;
    if (itemSpans.some(([c, d]) => c <= a && b <= d)) inRequirement++;
    const hits = [...unique.values()].filter((s) => overlaps(a, b, s.start, s.end));
    if (hits.length > 0) asSkill++;
    if (hits.length > 0) perPosting[id] = (perPosting[id] ?? 0) + 1;
    if (hits.some((h) => h.must)) asMust++;
  }
}
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const result = {
  split,
  layout: lines ? "one sentence a line" : "one paragraph",
  postings: byPosting.size,
  postingsWithoutRequirements: withoutRequirements,
  goldSpans: goldTotal,
  recallInsideARequirement: pct(inRequirement, goldTotal),
  recallAsRequirementSkill: pct(asSkill, goldTotal),
  recallAsMustHaveSkill: pct(asMust, goldTotal),
  requirementSkillsOnAGoldSpan: pct(predictedOnGold, predicted),
  seconds: Math.round(performance.now() - started) / 1000,
};
console.log(result);
if (process.env.PER_POSTING) writeFileSync(process.env.PER_POSTING, JSON.stringify(perPosting));
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
