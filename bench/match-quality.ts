/**
 * Step-1 ranking quality: nDCG@10 per labelled job and the mean (bench/labels/).
 *
 *   pnpm exec tsx bench/match-quality.ts [--verbose]
 */
import { rankingQuality } from "./labels/quality";

const verbose = process.argv.includes("--verbose");
const { jobs, mean } = rankingQuality(10);
for (const job of jobs) {
  console.log(`${job.ndcg.toFixed(3)}  ${job.title}`);
  if (verbose)
    for (const r of job.ranking)
      console.log(`        ${r.score.toFixed(1).padStart(5)}  rel ${r.relevance}  ${r.file}`);
}
console.log(`mean nDCG@10 ${mean.toFixed(3)} over ${jobs.length} jobs`);
