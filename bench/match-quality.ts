/**
 * Step-1 ranking quality on the hand-labelled set (bench/labels/): nDCG@10 per job and the mean,
 * and ROC AUC (relevant = grade ≥ 2) per job and pooled over every pair — for the job ads as
 * written and flattened into one paragraph (as job boards deliver them), and the similarity set
 * (bench/labels/similarity.json: prose ads whose best CVs name related titles).
 *
 *   pnpm exec tsx bench/match-quality.ts [--verbose]
 */
import { rankingQuality } from "./labels/quality";

const verbose = process.argv.includes("--verbose");
const runs = [
  { set: "main", flatten: false, heading: "job ads as written" },
  { set: "main", flatten: true, heading: "\njob ads flattened into one paragraph" },
  { set: "similarity", flatten: false, heading: "\nsimilarity set: prose ads, related titles" },
] as const;
for (const { set, flatten, heading } of runs) {
  const { jobs, mean, pooledAuc, meanAuc } = rankingQuality(10, { flatten, set });
  console.log(heading);
  for (const job of jobs) {
    console.log(`${job.ndcg.toFixed(3)}  ${job.title}`);
    if (verbose)
      for (const r of job.ranking)
        console.log(`        ${r.score.toFixed(1).padStart(5)}  rel ${r.relevance}  ${r.file}`);
  }
  console.log(
    `mean nDCG@10 ${mean.toFixed(3)} over ${jobs.length} jobs; ROC AUC per job ${meanAuc.toFixed(3)}, pooled ${pooledAuc.toFixed(3)}`,
  );
}
