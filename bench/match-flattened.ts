/**
 * Job ads flattened into one paragraph against their original layout (bench/quality/flat-jobs.ts):
 * requirements found again, the must/nice split, years, languages, title, and the top 10 over
 * the corpus CVs. Results in bench/results/match-flattened.json.
 *
 *   pnpm exec tsx bench/match-flattened.ts [--verbose]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareFlattened, readCorpus } from "./quality/flat-jobs";
import { resolvePipeline } from "./quality/pipeline";

const verbose = process.argv.includes("--verbose");
const pipeline = resolvePipeline({ textOnly: false });
const started = performance.now();
const corpus = await readCorpus(pipeline).finally(() => pipeline.close());
const report = compareFlattened(corpus);
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
for (const job of report.jobs) {
  const { tp, fn, fp } = job.split;
  const flags = [
    job.yearsSame ? "" : "years≠",
    job.languagesSame ? "" : "languages≠",
    job.titleSame ? "" : "title≠",
  ];
  console.log(
    `${job.id.padEnd(10)} reqs ${String(job.requirements.original).padStart(2)} → ${String(job.requirements.flattened).padStart(2)}  found ${job.found.tp}/${job.found.tp + job.found.fn}  split tp ${tp} fp ${fp} fn ${fn}  top10 ${job.topTenOverlap}/10 ${flags.join(" ").trim()}`,
  );
  if (verbose) console.log(job);
}
console.log(
  `\nrequirements found again: recall ${pct(report.found.recall)}, precision ${pct(report.found.precision)}, F1 ${report.found.f1.toFixed(3)}`,
);
console.log(`must/nice split kept: F1 ${report.split.f1.toFixed(3)}`);
console.log(
  `top 10 kept: ${pct(report.topTenOverlap)} on average; identical top 10 for ${report.sameTopTen}/${report.jobs.length} jobs`,
);
console.log(
  `years same ${report.jobs.filter((j) => j.yearsSame).length}/${report.jobs.length}, languages same ${report.jobs.filter((j) => j.languagesSame).length}/${report.jobs.length}, title same ${report.jobs.filter((j) => j.titleSame).length}/${report.jobs.length}`,
);
const dir = join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, "match-flattened.json"),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), seconds: (performance.now() - started) / 1000, ...report }, null, 2)}\n`,
);
