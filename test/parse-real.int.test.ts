import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type RealField,
  readSplit,
  realCorpusDir,
  recall,
  type Subset,
  tabulate,
} from "../bench/quality/real-cvs";
import { parseRealCvs } from "../bench/quality/real-run";

/*
 * Parsing quality on real CVs: the 50 CVs of dotin-resumes' test split (read from ../shared/data
 * at run time, never committed), through extractDocument → parseResume, scored as recall of the
 * labelled values (`pnpm bench:parse-real` prints the full table). The floors are the issue's
 * targets where the parser meets them (job-board name, college, degree; flattened name, title,
 * employer, college, degree); the others are below target and their floor is the recall measured
 * when it was last raised (ninth round: job-board title 30 and employer 28 of 39, docs/benchmarks.md),
 * rounded down to two decimals. Flattened employer rose over its target in the eighth round and is
 * held at its last-measured value (sixteenth round: 69 of 107). Developed on the train split; never
 * tuned on this one.
 */
const floors: Record<Subset, Record<RealField, number>> = {
  "job-board": { name: 0.95, title: 0.76, employer: 0.71, college: 0.85, degree: 0.85 },
  flattened: { name: 0.7, title: 0.6, employer: 0.64, college: 0.6, degree: 0.6 },
};

/**
 * The same CVs as the files people send (bench/quality/real-formats.ts): set as a PDF or a DOCX
 * (blocks apart by empty paragraphs, or by paragraph spacing) and read back. Both must read as well as the text does, so the
 * floors are the text's. A flattened CV set as a PDF is one paragraph wrapped over whole pages, and
 * its segmentation rests on gaps a PDF only shows as wider spaces: it reads worse than its text
 * (docs/benchmarks.md), and its floors are what it measured when the PDF reader learned to keep
 * those gaps (17, 72, 48, 38 and 43 found), raised since to what later rounds measured (sixteenth:
 * title 84, employer 59 and degree 49 found; twentieth, which cuts a run longer than a page's row
 * as collapsed text: employer 61; twenty-first, which cuts a one-word heading off its first entry's
 * dates: title 86; twenty-third: employer 63;
 * rounded down); name and college read from a PDF now meet the
 * issue's targets (25 of 30, 48 of 68), which are their floors.
 */
type CheckedFormat = "txt-collapsed" | "pdf" | "docx" | "docx-spaced";
const formatFloors: Record<CheckedFormat, Record<Subset, Record<RealField, number>>> = {
  // The text with its runs of spaces collapsed (a web form, a data pipeline): a flattened CV keeps
  // no gap where its lines broke. Its floors are what it measured at the end of the last round
  // that raised it (twenty-fourth: 25, 80, 57, 34 and 40
  // found; twenty-third: 25, 80, 56, 34 and 40 found; twenty-second: 25, 76, 54, 34 and 40; twenty-first and twentieth: 25, 76, 53, 34 and 40; nineteenth: 24, 74,
  // 52, 34 and 39; eighteenth: 24, 52, 42, 28 and 32; seventeenth, which wrote it: 24, 47, 38, 24
  // and 25; 10, 9, 4, 0 and 0 before), rounded down.
  "txt-collapsed": {
    "job-board": floors["job-board"],
    flattened: { name: 0.83, title: 0.55, employer: 0.53, college: 0.5, degree: 0.48 },
  },
  pdf: {
    "job-board": floors["job-board"],
    flattened: { name: 0.7, title: 0.59, employer: 0.58, college: 0.6, degree: 0.59 },
  },
  docx: floors,
  "docx-spaced": floors,
};

/** Each field of each subset whose recall is under its floor, as "subset field: got < floor". */
function belowFloors(table: ReturnType<typeof tabulate>, limits: Record<Subset, Record<RealField, number>>) {
  const below: string[] = [];
  for (const [subset, fields] of Object.entries(limits) as Array<[Subset, Record<RealField, number>]>) {
    for (const [field, floor] of Object.entries(fields) as Array<[RealField, number]>) {
      const got = recall(table[subset].fields[field]);
      if (got < floor) below.push(`${subset} ${field}: ${got.toFixed(2)} < ${floor}`);
    }
  }
  return below;
}

const root = resolve(import.meta.dirname, "..");
const dir = realCorpusDir(root);

describe.skipIf(!dir)("parsing quality on real CVs (dotin-resumes test split)", () => {
  it("keeps every field's recall at or above its floor, for job-board exports and flattened CVs", async () => {
    const scored = await parseRealCvs(readSplit(dir as string, "test"));
    const below = belowFloors(tabulate(scored), floors);
    expect(below, below.join("\n")).toEqual([]);
  });

  it.each(["txt-collapsed", "pdf", "docx", "docx-spaced"] as const)(
    "reads the same CVs from %s as well as its floors say",
    async (format) => {
      const scored = await parseRealCvs(readSplit(dir as string, "test"), format);
      const below = belowFloors(tabulate(scored), formatFloors[format]);
      expect(below, below.join("\n")).toEqual([]);
    },
  );
});

if (!dir) {
  console.warn(
    "parse-real: ../shared/data/dev-corpora/dotin-resumes is absent; the real-CV floors were not checked",
  );
}
