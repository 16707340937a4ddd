/**
 * Skill spans → ESCO, before and after the retrieval normaliser (bench/skills/mapping.ts), on
 * SkillSpan (dev for development, test reported) and Green et al. (one test set, not tuned on).
 * Writes bench/results/skill-mapping.json and the table in docs/benchmarks.md.
 *
 *   pnpm bench:skill-mapping [--split=dev] [--print-unjudged]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultNormalizer, loadTaxonomy } from "../packages/core/src/index";
import { corporaDir, green, type SkillSpanSplit, skillspan } from "./skills/corpora";
import {
  exactOnly,
  goldSpans,
  type MappingScore,
  readJudgements,
  sample,
  scoreMapping,
  withRetrieval,
} from "./skills/mapping";

export const SAMPLE_SIZE = 100;

export function measureMapping(split: SkillSpanSplit = "test") {
  const normalizer = defaultNormalizer();
  const judgements = readJudgements();
  const corpora = [
    [`SkillSpan ${split} (skill + knowledge)`, goldSpans(`skillspan-${split}`, skillspan("both", split))],
    ["Green et al. test (Skill)", goldSpans("green-test", green())],
  ] as const;
  return corpora.map(([name, spans]) => {
    const judged = sample(spans, SAMPLE_SIZE);
    return {
      name,
      before: scoreMapping(spans, judged, exactOnly(normalizer), judgements),
      after: scoreMapping(spans, judged, withRetrieval(normalizer), judgements),
    };
  });
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function table(rows: ReturnType<typeof measureMapping>): string {
  const line = (name: string, before: MappingScore, after: MappingScore) =>
    `| ${name} | ${before.spans.toLocaleString("en")} | ${pct(before.coverage)} → **${pct(after.coverage)}** | ${pct(before.accuracy)} → **${pct(after.accuracy)}** (${after.judged}) |`;
  return [
    "| corpus | gold spans | span gets an ESCO/curated skill | first skill right, hand-judged sample (n) |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => line(r.name, r.before, r.after)),
  ].join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { split: { type: "string" }, "print-unjudged": { type: "boolean" } },
  });
  if (!existsSync(corporaDir)) {
    console.error(`No corpora at ${corporaDir}; set FUTODAMA_SHARED_DATA`);
    process.exit(2);
  }
  const split = (values.split ?? "test") as SkillSpanSplit;
  const started = performance.now();
  loadTaxonomy();
  defaultNormalizer().suggestSkills("warm up the retrieval index");
  const readyMs = Math.round(performance.now() - started);
  const rows = measureMapping(split);
  for (const r of rows) {
    console.log(r.name, {
      before: { ...r.before, unjudged: r.before.unjudged.length },
      after: { ...r.after, unjudged: r.after.unjudged.length },
    });
    if (values["print-unjudged"])
      for (const u of [...r.before.unjudged, ...r.after.unjudged]) console.log(`  ${u}`);
  }
  console.log(table(rows));
  if (split !== "test") process.exit(0);
  mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, "results/skill-mapping.json"),
    `${JSON.stringify({ readyMs, rows }, null, 2)}\n`,
  );
  const docs = join(import.meta.dirname, "../docs/benchmarks.md");
  const text = readFileSync(docs, "utf8");
  const marked = /<!-- skill-mapping:start -->[\s\S]*<!-- skill-mapping:end -->/;
  if (marked.test(text))
    writeFileSync(
      docs,
      text.replace(marked, `<!-- skill-mapping:start -->\n${table(rows)}\n<!-- skill-mapping:end -->`),
    );
}
