/**
 * Parsing quality over bench/corpus: every CV and job ad goes through the project's parse path
 * (bench/quality/pipeline.ts) and is compared with its expected card, field by field.
 *
 *   pnpm exec tsx bench/parse-quality.ts                     # table + bench/results/parse-quality.json
 *   pnpm exec tsx bench/parse-quality.ts --check             # exit 1 when a target is missed
 *   pnpm exec tsx bench/parse-quality.ts --extractor=text    # baseline: plain text/Markdown only
 *   pnpm exec tsx bench/parse-quality.ts --filter=cv-da      # only ids containing the text
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CreativeJobV1Schema, JobCardV1Schema, ResumeCardV1Schema } from "../packages/core/src/index";
import type { ManifestEntry } from "./corpus/build";
import { add, type Counts, score, zero } from "./quality/counts";
import { resolvePipeline } from "./quality/pipeline";
import { breakdownTable, fieldTable } from "./quality/report";
import { jobFields, scoreJob } from "./quality/score-job";
import { resumeFields, scoreResume } from "./quality/score-resume";

/** F1 targets; `contact` pools email, phone and links. One place to change them. */
export const targets = {
  name: 0.95,
  contact: 0.97,
  experience: 0.9,
  education: 0.9,
  skills: 0.85,
  must_nice_split: 0.85,
} as const;

const groupsOf: Record<keyof typeof targets | "location" | "languages", readonly string[]> = {
  name: ["name"],
  contact: ["email", "phone", "links"],
  location: ["location"],
  experience: ["experience"],
  education: ["education"],
  skills: ["skills"],
  languages: ["languages"],
  must_nice_split: ["must_nice_split"],
};
const cvGroups = ["name", "contact", "location", "experience", "education", "skills", "languages"] as const;
const jobGroups = [
  "title",
  "company",
  "work_mode",
  "years_required",
  "must_nice_split",
  "language_requirements",
];

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

interface DocResult {
  id: string;
  kind: "cv" | "job";
  format: string;
  language: string;
  ms: number;
  error: string | null;
  fields: Record<string, Counts>;
}

/** A document that cannot be read or parsed scores as an empty card, and says why. */
async function attempt<T>(work: Promise<T>): Promise<{ card: T | null; error: string | null }> {
  try {
    return { card: await work, error: null };
  } catch (e) {
    return { card: null, error: e instanceof Error ? e.message : String(e) };
  }
}

async function run(): Promise<DocResult[]> {
  const pipeline = resolvePipeline({
    textOnly: arg("extractor") === "text",
  });
  console.log(`parse path: ${pipeline.extractor} → ${pipeline.resumeParser} / ${pipeline.jobParser}\n`);
  const manifest = JSON.parse(readFileSync(join(here, "corpus/manifest.json"), "utf8")) as {
    entries: ManifestEntry[];
  };
  const filter = arg("filter");
  const results: DocResult[] = [];
  try {
    for (const entry of manifest.entries.filter((e) => !filter || e.id.includes(filter))) {
      const bytes = new Uint8Array(readFileSync(join(here, "corpus", entry.file)));
      const expectedJson: unknown = JSON.parse(readFileSync(join(here, "corpus", entry.expected), "utf8"));
      const started = performance.now();
      let error: string | null = null;
      let fields: Record<string, Counts>;
      if (entry.kind === "cv") {
        const expected = ResumeCardV1Schema.parse(expectedJson);
        const parsed = await attempt(pipeline.extract(bytes, entry.file).then(pipeline.parseResume));
        error = parsed.error;
        fields = scoreResume(expected, parsed.card);
      } else {
        const raw = expectedJson as { schema?: string };
        const expected = (raw.schema === "creative-job-v1" ? CreativeJobV1Schema : JobCardV1Schema).parse(
          raw,
        );
        const parsed = await attempt(pipeline.extract(bytes, entry.file).then(pipeline.parseJob));
        error = parsed.error;
        fields = scoreJob(expected, parsed.card);
      }
      const ms = performance.now() - started;
      results.push({
        id: entry.id,
        kind: entry.kind,
        format: entry.format,
        language: entry.language,
        ms,
        error,
        fields,
      });
    }
  } finally {
    await pipeline.close();
  }
  return results;
}

function sum(docs: DocResult[], names: readonly string[]): Counts {
  const total = zero();
  for (const doc of docs) for (const name of names) if (doc.fields[name]) add(total, doc.fields[name]);
  return total;
}

function slices(docs: DocResult[], key: "format" | "language", groups: readonly string[]) {
  const out: Record<string, { docs: number; groups: Record<string, Counts> }> = {};
  for (const value of [...new Set(docs.map((d) => d[key]))].sort()) {
    const part = docs.filter((d) => d[key] === value);
    const named = (g: string) => (g in groupsOf ? groupsOf[g as keyof typeof groupsOf] : [g]);
    out[value] = {
      docs: part.length,
      groups: Object.fromEntries(groups.map((g) => [g, sum(part, named(g))])),
    };
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const results = await run();
const cvs = results.filter((r) => r.kind === "cv");
const jobs = results.filter((r) => r.kind === "job");
const cvScores = Object.fromEntries(resumeFields.map((f) => [f, score(sum(cvs, [f]))]));
const jobScores = Object.fromEntries(jobFields.map((f) => [f, score(sum(jobs, [f]))]));
const targetScores = Object.fromEntries(
  Object.entries(targets).map(([group, target]) => {
    const docs = group === "must_nice_split" ? jobs : cvs;
    const f1 = score(sum(docs, groupsOf[group as keyof typeof targets])).f1;
    return [group, { f1, target, pass: f1 >= target }];
  }),
);
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const totalMs = times.reduce((a, b) => a + b, 0);
const timing = {
  docs: results.length,
  median_ms: percentile(times, 50),
  p95_ms: percentile(times, 95),
  docs_per_s: totalMs === 0 ? 0 : results.length / (totalMs / 1000),
};

console.log(fieldTable(`CVs (${cvs.length})`, cvScores));
console.log(`\n${fieldTable(`Job ads (${jobs.length})`, jobScores)}`);
console.log(`\n${breakdownTable("CV format", slices(cvs, "format", cvGroups), cvGroups)}`);
console.log(`\n${breakdownTable("CV language", slices(cvs, "language", cvGroups), cvGroups)}`);
console.log(`\n${breakdownTable("Job format", slices(jobs, "format", jobGroups), jobGroups)}`);
console.log(`\n${breakdownTable("Job lang", slices(jobs, "language", jobGroups), jobGroups)}`);
const failed = results.filter((r) => r.error !== null);
if (failed.length > 0) {
  console.log(`\nnot parsed (${failed.length}):`);
  for (const r of failed) console.log(`  ${r.id} (${r.format}): ${r.error}`);
}
console.log(
  `\ntime per document: median ${timing.median_ms.toFixed(1)} ms, p95 ${timing.p95_ms.toFixed(1)} ms, ${timing.docs_per_s.toFixed(1)} docs/s`,
);
console.log("\ntargets (F1):");
for (const [group, t] of Object.entries(targetScores)) {
  console.log(
    `  ${t.pass ? "✓" : "✗"} ${group.padEnd(16)} ${(t.f1 * 100).toFixed(1)}% (target ${t.target * 100}%)`,
  );
}

const out = join(here, "results/parse-quality.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      generated_at: new Date().toISOString(),
      args: process.argv.slice(2),
      cvs: {
        docs: cvs.length,
        fields: cvScores,
        by_format: slices(cvs, "format", cvGroups),
        by_language: slices(cvs, "language", cvGroups),
      },
      jobs: {
        docs: jobs.length,
        fields: jobScores,
        by_format: slices(jobs, "format", jobGroups),
        by_language: slices(jobs, "language", jobGroups),
      },
      targets: targetScores,
      timing,
      documents: results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${out}`);
if (process.argv.includes("--check") && Object.values(targetScores).some((t) => !t.pass)) process.exit(1);
