import { readSplit, realCorpusDir, subsetOf, goldValues } from "./quality/real-cvs";
const dir = realCorpusDir(process.cwd())!;
const want = new Set(process.argv.slice(2));
for (const cv of readSplit(dir, "train")) {
  if (!want.has(cv.id)) continue;
  console.log("=====", cv.id, subsetOf(cv.text));
  for (const g of goldValues(cv, "title")) {
    const phrase = g.join(" ");
    const i = cv.text.toLowerCase().search(new RegExp(g.map(w => w.replace(/[^a-z0-9]/g, ".")).join("\\W+")));
    console.log(`-- ${phrase} @${i}:`, JSON.stringify(cv.text.slice(Math.max(0, i - 150), i + 150)));
  }
}
