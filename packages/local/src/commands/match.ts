import { readFileSync, statSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import type { CardEnhancer } from "@futodama/ai";
import { createCardEnhancer } from "@futodama/ai/card-enhancer";
import {
  type CreativeJobV1,
  candidateFeatures,
  isAppError,
  type JobCardV1,
  jobQuery,
  type MatchResult,
  type ResumeCardV1,
  scoreCandidate,
} from "@futodama/core";
import { extractDocument } from "@futodama/documents";
import { documentOcr } from "@futodama/documents/ocr";
import { buildCard } from "@futodama/services/document/understand";
import type { Fail } from "./fail";
import { filesIn } from "./files";
import { releasingOcr } from "./release-ocr";

/*
 * `futodama match --job <file> --resumes <dir> [--top N] --json` and the other way round
 * (`--resume <file> --jobs <dir>`): every file parsed offline through the same path as
 * `futodama parse` and the workflow, then scored by the step-1 scorer. The JSON shape is a
 * contract (the product owner's evaluation reads it): { job|resume, results: [{ file, name,
 * score, rank, breakdown }] }, best first.
 */

type JobCard = JobCardV1 | CreativeJobV1;
type Kind = "job" | "resume";
/** Files parsed at once: OCR of scans is CPU-bound, a few in flight keep the cores busy. */
const CONCURRENCY = 4;

interface Ranked {
  file: string;
  name: string | null;
  score: number;
  rank: number;
  breakdown: MatchResult["breakdown"];
}

async function parseFile(path: string, kind: "job", enhancer: CardEnhancer): Promise<JobCard>;
async function parseFile(path: string, kind: "resume", enhancer: CardEnhancer): Promise<ResumeCardV1>;
async function parseFile(path: string, kind: Kind, enhancer: CardEnhancer): Promise<JobCard | ResumeCardV1> {
  const doc = await extractDocument(new Uint8Array(readFileSync(path)), {
    filename: path,
    ocr: documentOcr(),
  });
  return buildCard(doc, kind, enhancer);
}

function describe(error: unknown): string {
  if (isAppError(error)) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

/** Parses every file (a few at a time); the ones that fail are reported on stderr and skipped. */
async function parseAll<C>(
  dir: string,
  parse: (path: string) => Promise<C>,
): Promise<Array<{ file: string; card: C }>> {
  const files = filesIn(dir);
  const parsed: Array<{ file: string; card: C } | null> = new Array(files.length).fill(null);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const path = files[i] ?? "";
      try {
        parsed[i] = { file: relative(dir, path), card: await parse(path) };
      } catch (error) {
        process.stderr.write(`futodama match: skipped ${path}: ${describe(error)}\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return parsed.filter((p): p is { file: string; card: C } => p !== null);
}

function rank(scored: Array<Omit<Ranked, "rank">>, top: number | undefined): Ranked[] {
  return scored
    .sort((a, b) => b.score - a.score || a.file.localeCompare(b.file))
    .slice(0, top ?? scored.length)
    .map((r, i) => ({ file: r.file, name: r.name, score: r.score, rank: i + 1, breakdown: r.breakdown }));
}

function printTable(results: Ranked[]): void {
  for (const r of results) {
    const missing = Object.values(r.breakdown.must_have.evidence)
      .filter((e) => !e.matched)
      .map((e) => e.requirement);
    process.stdout.write(
      `${String(r.rank).padStart(3)}  ${r.score.toFixed(1).padStart(5)}  ${r.name ?? "(no name)"}  [${r.file}]` +
        `${missing.length > 0 ? `\n            missing: ${missing.join("; ")}` : ""}\n`,
    );
  }
}

function ensureDir(path: string, flag: string, fail: Fail): void {
  let ok = false;
  try {
    ok = statSync(path).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) fail(`${flag} must be a folder: ${path}`, { usage: false });
}

function ensureFile(path: string, flag: string, fail: Fail): void {
  let ok = false;
  try {
    ok = statSync(path).isFile();
  } catch {
    ok = false;
  }
  if (!ok) fail(`${flag} must be a file: ${path}`, { usage: false });
}

export function matchCommand(argv: string[], fail: Fail): Promise<void> {
  return releasingOcr(() => runMatchCommand(argv, fail));
}

async function runMatchCommand(argv: string[], fail: Fail): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      job: { type: "string" },
      resumes: { type: "string" },
      resume: { type: "string" },
      jobs: { type: "string" },
      top: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const forJob = values.job !== undefined && values.resumes !== undefined;
  const forResume = values.resume !== undefined && values.jobs !== undefined;
  if (forJob === forResume)
    fail("match needs either --job <file> --resumes <dir>, or --resume <file> --jobs <dir>");
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && (!Number.isInteger(top) || top < 1)) fail("--top must be a positive whole number");
  const enhancer = createCardEnhancer({
    openaiApiKey: process.env.OPENAI_API_KEY,
    openaiBaseUrl: process.env.OPENAI_BASE_URL,
    model: process.env.OPENAI_MODEL,
  });

  let output: { job: JobCard; results: Ranked[] } | { resume: ResumeCardV1; results: Ranked[] };
  let candidates: number;
  if (forJob) {
    const [jobFile, dir] = [values.job ?? "", values.resumes ?? ""];
    ensureFile(jobFile, "--job", fail);
    ensureDir(dir, "--resumes", fail);
    const job = await parseFile(jobFile, "job", enhancer);
    const query = jobQuery(job);
    const resumes = await parseAll(dir, (path) => parseFile(path, "resume", enhancer));
    candidates = resumes.length;
    const scored = resumes.map(({ file, card }) => {
      const result = scoreCandidate(query, candidateFeatures(card));
      return {
        file,
        name: card.personal_info.name ?? null,
        score: result.score,
        breakdown: result.breakdown,
      };
    });
    output = { job, results: rank(scored, top) };
  } else {
    const [resumeFile, dir] = [values.resume ?? "", values.jobs ?? ""];
    ensureFile(resumeFile, "--resume", fail);
    ensureDir(dir, "--jobs", fail);
    const resume = await parseFile(resumeFile, "resume", enhancer);
    const features = candidateFeatures(resume);
    const jobs = await parseAll(dir, (path) => parseFile(path, "job", enhancer));
    candidates = jobs.length;
    const scored = jobs.map(({ file, card }) => {
      const result = scoreCandidate(jobQuery(card), features);
      return { file, name: card.basics.title ?? null, score: result.score, breakdown: result.breakdown };
    });
    output = { resume, results: rank(scored, top) };
  }
  if (candidates === 0) {
    process.stderr.write("futodama match: no file in the folder could be parsed\n");
    process.exit(1);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(output)}\n`);
  else printTable(output.results);
}
