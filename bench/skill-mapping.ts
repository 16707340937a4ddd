/**
 * Skill spans → ESCO, before and after the retrieval normaliser (bench/skills/mapping.ts), on
 * SkillSpan (dev for development, test reported) and Green et al. (one test set, not tuned on).
 * Writes bench/results/skill-mapping.json and the table in docs/benchmarks.md.
 *
 *   pnpm bench:skill-mapping [--split=dev] [--print-unjudged]
 */
import { execFileSync } from "node:child_process";
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

/**
 * Cold start of the retrieval normaliser in a fresh process: taxonomy load + index build + first
 * answer, wall clock and CPU time (CPU time stays honest on a machine shared with other work).
 */
function coldReady(): { wallMs: number; cpuMs: number } {
  const code = `const { loadTaxonomy, createSkillRetriever } = await import("./packages/core/src/index.ts");
    const cpu = process.cpuUsage(); const t = performance.now();
    createSkillRetriever(loadTaxonomy()).search("researching the markets");
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ wallMs: Math.round(performance.now() - t), cpuMs: Math.round((used.user + used.system) / 1000) }));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", code], {
    cwd: join(import.meta.dirname, ".."),
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as { wallMs: number; cpuMs: number };
}

/** Mean time of one suggestSkills call over every gold span (whole-token matching, then retrieval). */
function perPhraseMs(phrases: readonly string[]): number {
  const normalizer = defaultNormalizer();
  for (const p of phrases.slice(0, 200)) normalizer.suggestSkills(p);
  const started = performance.now();
  for (const p of phrases) normalizer.suggestSkills(p);
  return (performance.now() - started) / Math.max(1, phrases.length);
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
  loadTaxonomy();
  const phrases = goldSpans(split, skillspan("both", split)).map((s) => s.text);
  const speed = { ready: [coldReady(), coldReady(), coldReady()], msPerPhrase: perPhraseMs(phrases) };
  console.log("cold ready (3 runs):", speed.ready, `; ${speed.msPerPhrase.toFixed(3)} ms a phrase`);
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
  // Counts only: the corpus text stays in ../shared/data.
  const counted = rows.map((r) => ({
    ...r,
    before: { ...r.before, unjudged: r.before.unjudged.length },
    after: { ...r.after, unjudged: r.after.unjudged.length },
  }));
  writeFileSync(
    join(import.meta.dirname, "results/skill-mapping.json"),
    `${JSON.stringify({ speed, rows: counted }, null, 2)}\n`,
  );
  const wall = speed.ready.map((r) => r.wallMs).sort((a, b) => a - b)[1] ?? 0;
  const cpu = speed.ready.map((r) => r.cpuMs).sort((a, b) => a - b)[1] ?? 0;
  const timing = `Retrieval normaliser, cold process (taxonomy load + index build + first answer), median of 3: ${wall} ms wall, ${cpu} ms CPU; ${speed.msPerPhrase.toFixed(2)} ms a phrase (mean over SkillSpan ${split}'s gold spans, whole-token matching included).`;
  const docs = join(import.meta.dirname, "../docs/benchmarks.md");
  const text = readFileSync(docs, "utf8");
  const marked = /<!-- skill-mapping:start -->[\s\S]*<!-- skill-mapping:end -->/;
  if (marked.test(text))
    writeFileSync(
      docs,
      text.replace(
        marked,
        `<!-- skill-mapping:start -->\n${table(rows)}\n\n${timing}\n<!-- skill-mapping:end -->`,
      ),
    );
}
