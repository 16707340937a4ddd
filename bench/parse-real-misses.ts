/**
 * Why the parser misses labelled values on real CVs (train split only, never test):
 *
 *   pnpm exec tsx bench/parse-real-misses.ts                     # buckets for title, employer, degree
 *   pnpm exec tsx bench/parse-real-misses.ts --field=title --list=head-read-partly   # one bucket's misses
 *   pnpm exec tsx bench/parse-real-misses.ts --cv=dotin-train-12 # labelled vs predicted for one CV
 *   pnpm exec tsx bench/parse-real-misses.ts --subset=job-board --field=employer --list=in-prose
 *   pnpm exec tsx bench/parse-real-misses.ts --fold=0/4          # leave the blind fold 0 of 4 unread
 *   pnpm exec tsx bench/parse-real-misses.ts --subset=job-board --field=title --unlabelled
 *                                                                # the card's values no label matches
 *
 * Each missed label is put in one bucket by where its span sits in the parser's own reading of
 * the CV (segments, sections, entry headers from the card's evidence). Prints to the terminal only:
 * real CV text never goes into the repository.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  goldValues,
  inFold,
  matches,
  parseFold,
  predictedValues,
  type RealField,
  readSplit,
  realCorpusDir,
  subsetOf,
  tabulate,
} from "./quality/real-cvs";
import { type MissBucket, missBuckets, whyMissed } from "./quality/real-misses";
import { parseRealCvs } from "./quality/real-run";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const dir = realCorpusDir(root);
if (!dir) {
  console.error("../shared/data/dev-corpora/dotin-resumes is not on this machine");
  process.exit(1);
}
const onlyCv = arg("cv");
// A blind fold (bench/parse-real.ts --fold) is left out here entirely: its misses are never read.
const blind = parseFold(arg("fold"));
const cvs = readSplit(dir, "train").filter(
  (cv) => (!onlyCv || cv.id === onlyCv) && !(blind && inFold(cv.id, blind)),
);
const scored = await parseRealCvs(cvs);
const fields = (arg("field") ? [arg("field")] : ["title", "employer", "degree"]) as RealField[];
const listed = arg("list") as MissBucket | undefined;
// Lists only one subset's misses when asked; the counts below always cover both.
const listedSubset = arg("subset");

for (const field of fields) {
  const counts = new Map<string, number>();
  for (const s of scored) {
    const cv = cvs.find((c) => c.id === s.id);
    if (!cv || !s.card || !s.doc) continue;
    const subset = subsetOf(cv.text);
    if (onlyCv) {
      console.log(
        `${field} labelled: ${goldValues(cv, field)
          .map((g) => g.join(" "))
          .join(" | ")}`,
      );
      console.log(
        `${field} predicted: ${predictedValues(s.card, field)
          .map((g) => g.join(" "))
          .join(" | ")}`,
      );
    }
    if (process.argv.includes("--unlabelled") && (!listedSubset || listedSubset === subset)) {
      const gold = goldValues(cv, field);
      for (const p of predictedValues(s.card, field))
        if (!gold.some((g) => matches(g, p))) console.log(`${s.id} [unlabelled] ${p.join(" ")}`);
    }
    for (const miss of whyMissed(cv, s.card, s.doc, field)) {
      for (const key of [`${subset} ${miss.bucket}`, `${subset} ${miss.bucket} ${miss.section}`])
        counts.set(key, (counts.get(key) ?? 0) + 1);
      if (onlyCv || (listed === miss.bucket && (!listedSubset || listedSubset === subset)))
        console.log(`${s.id} [${miss.bucket}] ${miss.label}  ⟨${miss.context}⟩`);
    }
  }
  const table = tabulate(scored);
  const found = (subset: "job-board" | "flattened") =>
    `${table[subset].fields[field].found} of ${table[subset].fields[field].labelled}`;
  console.log(
    `\n${field} misses (train; found job-board ${found("job-board")}, flattened ${found("flattened")}):`,
  );
  for (const subset of ["job-board", "flattened"])
    for (const bucket of missBuckets) {
      const n = counts.get(`${subset} ${bucket}`) ?? 0;
      if (n === 0) continue;
      const bySection = [...counts]
        .filter(([key]) => key.startsWith(`${subset} ${bucket} `))
        .map(([key, count]) => `${key.split(" ").at(-1)} ${count}`);
      console.log(
        `  ${subset.padEnd(9)} ${bucket.padEnd(20)} ${String(n).padStart(4)}  (${bySection.join(", ")})`,
      );
    }
}
