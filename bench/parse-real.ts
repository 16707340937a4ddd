/**
 * Parsing quality on real CVs (dotin-resumes in ../shared/data): recall of the labelled name,
 * job titles, employers, colleges and degrees, for job-board exports and flattened CVs apart.
 *
 *   pnpm bench:parse-real                 # train and test tables, bench/results/parse-real.json, docs
 *   pnpm bench:parse-real --split=train   # one split only (develop on train)
 *   pnpm bench:parse-real --misses=title  # print the labelled values the parser missed (train)
 *   pnpm bench:parse-real --fold=0/4      # train only: the read folds and the blind fold 0 of 4 apart
 *   pnpm bench:parse-real --format=pdf    # each CV set as a PDF (or docx, docx-spaced, txt) and read back
 *   pnpm bench:parse-real --format=txt-collapsed --split=train   # the text with its runs of spaces collapsed
 *   pnpm bench:parse-real --format=scan --split=train --subset=job-board
 *                                         # printed and scanned (image-only PDF, OCR): slow, so one subset
 *
 * The full run (no option) also reads both splits from PDF and the two DOCX (bench/quality/real-formats.ts),
 * and as text with its runs of spaces collapsed, and writes that table to docs/benchmarks.md too: a
 * reader that loses what the text said plainly (where a paragraph ends, which rows one line wrapped
 * into, where a flattened CV's lines broke) shows there. Scans are not in it:
 * OCR takes seconds a page.
 *
 * With --fold the CVs whose id hashes to that fold are a blind dev fold: their recall (and how many
 * predicted titles and employers match a label) is printed, their misses never are.
 *
 * Real CV text is read at run time and never written to the repository: results hold counts only.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Fold,
  goldValues,
  inFold,
  lineBreaksPerThousandCut,
  matches,
  parseFold,
  precisionCounts,
  predictedValues,
  type RealCv,
  type RealField,
  type Recall,
  readSplit,
  realCorpusDir,
  realFields,
  recall,
  recallInterval,
  type Subset,
  type SubsetTable,
  subsetOf,
  subsets,
  tabulate,
  titleRecallWithHeadline,
} from "./quality/real-cvs";
import { parseFormat, type RealFormat, realFormats } from "./quality/real-formats";
import { parseRealCvs, type ScoredCv } from "./quality/real-run";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

const dir = realCorpusDir(root);
if (!dir) {
  console.error("../shared/data/dev-corpora/dotin-resumes is not on this machine; nothing to measure");
  process.exit(1);
}
const fold = parseFold(arg("fold"));
if (arg("fold") && !fold) {
  console.error(`--fold=${arg("fold")}: write it as k/n, 0 ≤ k < n, n ≥ 2`);
  process.exit(1);
}
const format = parseFormat(arg("format") ?? "txt");
if (!format) {
  console.error(`--format=${arg("format")}: one of ${realFormats.join(", ")}`);
  process.exit(1);
}
const onlySubset = arg("subset") as Subset | undefined;
if (onlySubset && !subsets.includes(onlySubset)) {
  console.error(`--subset=${onlySubset}: one of ${subsets.join(", ")}`);
  process.exit(1);
}
const splits = (fold ? ["train"] : arg("split") ? [arg("split")] : ["train", "test"]) as Array<
  "train" | "test"
>;

type Tables = Partial<Record<"train" | "test", SubsetTable>>;

/** The recall table; with `formats`, one row per format too (each cell with its counts). */
function markdown(tables: Tables, formats?: Partial<Record<RealFormat, Tables>>): string {
  const head = formats ? "| split | subset | read from | CVs |" : "| split | subset | CVs |";
  const rows: string[] = [
    `${head} name | job title | employer | college | degree |`,
    `|${" --- |".repeat(head.split("|").length - 2 + realFields.length)}`,
  ];
  const byFormat = formats ?? { txt: tables };
  for (const split of ["train", "test"] as const) {
    for (const subset of subsets) {
      for (const [name, perSplit] of Object.entries(byFormat)) {
        const s = perSplit[split]?.[subset];
        if (!s || s.cvs === 0) continue;
        const cells = realFields.map((f) =>
          formats
            ? `${recall(s.fields[f]).toFixed(2)} (${s.fields[f].found}/${s.fields[f].labelled})`
            : recall(s.fields[f]).toFixed(2),
        );
        const where = formats ? `${name} | ` : "";
        rows.push(`| ${split} | ${subset} | ${where}${s.cvs} | ${cells.join(" | ")} |`);
      }
    }
  }
  return rows.join("\n");
}

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` in docs/benchmarks.md. */
function writeDocsBlock(name: string, body: string): void {
  const docs = join(root, "docs/benchmarks.md");
  const text = readFileSync(docs, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) return;
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  writeFileSync(docs, `${before}\n${body}\n${after}`);
  console.log(`updated docs/benchmarks.md (${name})`);
}

function printMisses(scored: ScoredCv[], field: RealField, cvs: ReturnType<typeof readSplit>) {
  for (const s of scored) {
    const cv = cvs.find((c) => c.id === s.id);
    if (!cv) continue;
    const predicted = predictedValues(s.card, field);
    const missed = goldValues(cv, field).filter((g) => !predicted.some((p) => matches(g, p)));
    if (missed.length === 0) continue;
    console.log(`${s.id}: missed ${missed.map((m) => m.join(" ")).join(" | ")}`);
    console.log(`   card: ${predicted.map((p) => p.join(" ")).join(" | ")}`);
  }
}

/** Recall of the read folds and of the blind one, and the precision counts of title and employer. */
function printFolds(scored: ScoredCv[], cvs: ReturnType<typeof readSplit>, blind: Fold) {
  const parts = {
    read: scored.filter((s) => !inFold(s.id, blind)),
    blind: scored.filter((s) => inFold(s.id, blind)),
  };
  const rows = [
    "| fold | subset | CVs | name | job title | employer | college | degree | titles right | employers right |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const [part, list] of Object.entries(parts)) {
    const table = tabulate(list);
    for (const subset of subsets) {
      const inSubset = list.filter((s) => subsetOf(s.text) === subset);
      const right = (field: RealField) => {
        const counts = inSubset.map((s) =>
          precisionCounts(cvs.find((c) => c.id === s.id) as RealCv, s.card, field),
        );
        return `${counts.reduce((n, c) => n + c.found, 0)} of ${counts.reduce((n, c) => n + c.labelled, 0)}`;
      };
      const cells = realFields.map((f) => {
        const r = table[subset].fields[f];
        return `${recall(r).toFixed(2)} (${r.found}/${r.labelled})`;
      });
      rows.push(
        `| ${part} | ${subset} | ${table[subset].cvs} | ${cells.join(" | ")} | ${right("title")} | ${right("employer")} |`,
      );
    }
  }
  console.log(rows.join("\n"));
}

/** Job-title recall per subset when the card's headline counts too (see titleRecallWithHeadline). */
function withHeadline(scored: ScoredCv[], cvs: RealCv[]): Record<Subset, Recall> {
  const table = tabulate(
    scored.map((s) => ({
      text: s.text,
      fields: {
        ...s.fields,
        title: titleRecallWithHeadline(cvs.find((c) => c.id === s.id) as RealCv, s.card),
      },
    })),
  );
  return { "job-board": table["job-board"].fields.title, flattened: table.flattened.fields.title };
}

/**
 * The 95 % bootstrap interval of each subset's title and employer recall over its CVs: how far
 * the figure could move on another draw of as many CVs (test holds 12 job-board CVs).
 */
function intervals(scored: ScoredCv[]): Record<Subset, Record<"title" | "employer", [number, number]>> {
  const bySubset = (subset: Subset, field: RealField) =>
    recallInterval(scored.filter((s) => subsetOf(s.text) === subset).map((s) => s.fields[field]));
  return Object.fromEntries(
    subsets.map((subset) => [
      subset,
      { title: bySubset(subset, "title"), employer: bySubset(subset, "employer") },
    ]),
  ) as Record<Subset, Record<"title" | "employer", [number, number]>>;
}

function intervalLine(split: string, byInterval: ReturnType<typeof intervals>): string {
  const range = ([low, high]: [number, number]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
  const cells = subsets.map(
    (subset) =>
      `${subset} title ${range(byInterval[subset].title)}, employer ${range(byInterval[subset].employer)}`,
  );
  return `95 % interval over CVs (bootstrap, 2,000 draws), ${split}: ${cells.join("; ")}`;
}

const tables: Tables = {};
const recallIntervals: Partial<Record<"train" | "test", ReturnType<typeof intervals>>> = {};
const titlesWithHeadline: Partial<Record<"train" | "test", ReturnType<typeof withHeadline>>> = {};
const timings: number[] = [];
for (const split of splits) {
  const cvs = readSplit(dir, split).filter((cv) => !onlySubset || subsetOf(cv.text) === onlySubset);
  const scored = await parseRealCvs(cvs, format);
  timings.push(...scored.map((s) => s.ms));
  tables[split] = tabulate(scored);
  recallIntervals[split] = intervals(scored);
  titlesWithHeadline[split] = withHeadline(fold ? scored.filter((s) => !inFold(s.id, fold)) : scored, cvs);
  const failed = scored.filter((s) => s.error);
  if (failed.length > 0)
    console.log(
      `${split}: ${failed.length} not parsed: ${failed.map((f) => `${f.id} (${f.error})`).join(", ")}`,
    );
  const misses = arg("misses") as RealField | undefined;
  // The blind fold's misses are never printed: reading them would make it a read fold.
  const readable = fold ? scored.filter((s) => !inFold(s.id, fold)) : scored;
  if (misses && split === "train") printMisses(readable, misses, cvs);
  if (fold) printFolds(scored, cvs, fold);
}
const table = markdown(tables);
if (format !== "txt") console.log(`read from ${format}:`);
console.log(table);
const intervalLines = Object.entries(recallIntervals).map(([split, byInterval]) =>
  intervalLine(split, byInterval),
);
if (!fold) console.log(intervalLines.join("\n"));
for (const [split, bySubset] of Object.entries(titlesWithHeadline)) {
  const cells = Object.entries(bySubset)
    .filter(([, r]) => r.labelled > 0)
    .map(([subset, r]) => `${subset} ${recall(r).toFixed(2)} (${r.found}/${r.labelled})`);
  console.log(
    `job titles counting the card's headline too (${fold ? "read folds of " : ""}${split}): ${cells.join(", ")}`,
  );
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)] ?? 0;
console.log(`\nmedian ${median.toFixed(1)} ms per CV`);

if (splits.length === 2 && !arg("format") && !onlySubset) {
  // The same CVs as the files people send: set as PDF and as DOCX, read back through extractDocument,
  // and as text whose runs of spaces a form or a pipeline collapsed.
  const formats: Partial<Record<RealFormat, Tables>> = { txt: tables };
  for (const other of ["txt-collapsed", "pdf", "docx", "docx-spaced"] as const) {
    formats[other] = {};
    for (const split of splits) {
      (formats[other] as Tables)[split] = tabulate(await parseRealCvs(readSplit(dir, split), other));
    }
  }
  const byFormat = markdown(tables, formats);
  console.log(`\n${byFormat}`);
  const out = join(here, "results/parse-real.json");
  mkdirSync(dirname(out), { recursive: true });
  const summary = {
    generated_at: new Date().toISOString(),
    line_breaks_per_1000_cut: lineBreaksPerThousandCut,
    median_ms: median,
    tables,
    recall_intervals: recallIntervals,
    title_with_headline: titlesWithHeadline,
    formats: {
      "txt-collapsed": formats["txt-collapsed"],
      pdf: formats.pdf,
      docx: formats.docx,
      "docx-spaced": formats["docx-spaced"],
    },
  };
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  writeDocsBlock("parse-real", `${table}\n\n${intervalLines.join("<br>\n")}`);
  writeDocsBlock("parse-real-formats", byFormat);
  console.log(`wrote ${out}`);
}
