/**
 * How recall on the real job-board CVs holds when each entry is laid out as other CVs write it
 * (bench/quality/relayout.ts): the words and labels stay, the shape of the entry head changes.
 *
 *   pnpm bench:parse-relayout               # train and test, job-board subset
 *   pnpm bench:parse-relayout --split=train
 *
 * Prints the table (counts only; real CV text is never written).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSplit, realCorpusDir, realFields, recall, subsetOf, tabulate } from "./quality/real-cvs";
import { parseRealCvs } from "./quality/real-run";
import { headsRewritten, relayouts } from "./quality/relayout";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const dir = realCorpusDir(root);
if (!dir) {
  console.error("../shared/data/dev-corpora/dotin-resumes is not on this machine; nothing to measure");
  process.exit(1);
}
const only = process.argv.find((a) => a.startsWith("--split="))?.split("=")[1];
const splits = (only ? [only] : ["train", "test"]) as Array<"train" | "test">;

console.log(`| split | layout | name | job title | employer | college | degree |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
for (const split of splits) {
  const cvs = readSplit(dir, split).filter((cv) => subsetOf(cv.text) === "job-board");
  const heads = cvs.reduce((n, cv) => n + headsRewritten(cv.text), 0);
  for (const [name, relayout] of Object.entries(relayouts)) {
    const scored = await parseRealCvs(cvs.map((cv) => ({ ...cv, text: relayout(cv.text) })));
    const fields = tabulate(scored)["job-board"].fields;
    const cells = realFields.map(
      (f) => `${recall(fields[f]).toFixed(2)} (${fields[f].found}/${fields[f].labelled})`,
    );
    console.log(`| ${split} | ${name} | ${cells.join(" | ")} |`);
  }
  console.log(
    `(${split}: ${cvs.length} job-board CVs, ${heads} entry heads rewritten by the per-entry layouts)`,
  );
}
