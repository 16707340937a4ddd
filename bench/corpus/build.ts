/**
 * Builds the parsing-quality corpus from bench/corpus/source: every CV and job ad rendered
 * into its format, its expected card beside it, and manifest.json listing them all.
 *
 *   pnpm exec tsx bench/corpus/build.ts           # (re)write the corpus
 *   pnpm exec tsx bench/corpus/build.ts --check   # fail if the committed corpus differs from a
 *                                                 # fresh build or an expected card is invalid
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CreativeJobV1Schema, JobCardV1Schema, ResumeCardV1Schema } from "../../packages/core/src/index";
import type { Layout } from "../../packages/documents/src/render/blocks";
import { renderDocx, renderPdf, renderScanPdf, renderScanPng } from "./render/binary-formats";
import { cvLayout } from "./render/cv-layout";
import { expectedJob, expectedResume } from "./render/expected";
import { jobLayout } from "./render/job-layout";
import { formatJson } from "./render/json";
import { renderHtml, renderMarkdown, renderTxt } from "./render/text-formats";
import type { CvFormat, CvSource, JobFormat, JobSource } from "./source/types";

const root = dirname(fileURLToPath(import.meta.url));
const maxFileBytes = 200 * 1024;
const maxCorpusBytes = 8 * 1024 * 1024;

export interface ManifestEntry {
  id: string;
  kind: "cv" | "job";
  format: CvFormat | JobFormat;
  language: string;
  file: string;
  expected: string;
}

const extension: Record<CvFormat | JobFormat, string> = {
  txt: "txt",
  md: "md",
  pdf: "pdf",
  "pdf-2col": "pdf",
  docx: "docx",
  html: "html",
  png: "png",
  "pdf-scan": "pdf",
};

function readSources<T>(folder: string): T[] {
  const dir = join(root, "source", folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as T);
}

async function render(format: CvFormat | JobFormat, layout: Layout, id: string, title: string) {
  switch (format) {
    case "txt":
      return new TextEncoder().encode(renderTxt(layout, id));
    case "md":
      return new TextEncoder().encode(renderMarkdown(layout));
    case "html":
      return new TextEncoder().encode(renderHtml(layout, title));
    case "docx":
      return renderDocx(layout, title);
    case "pdf":
    case "pdf-2col":
      return renderPdf(layout);
    case "png":
      return renderScanPng(layout, id);
    case "pdf-scan":
      return renderScanPdf(layout, id);
  }
}

/** Every corpus file, path relative to bench/corpus → bytes. */
async function buildAll(): Promise<{ files: Map<string, Uint8Array>; problems: string[] }> {
  const files = new Map<string, Uint8Array>();
  const problems: string[] = [];
  const manifest: ManifestEntry[] = [];
  const put = (path: string, bytes: Uint8Array) => files.set(path, bytes);
  const json = (value: unknown) => new TextEncoder().encode(formatJson(value));

  for (const cv of readSources<CvSource>("cvs")) {
    const file = `cvs/${cv.id}.${extension[cv.format]}`;
    const expected = `cvs/${cv.id}.expected.json`;
    put(file, await render(cv.format, cvLayout(cv), cv.id, cv.name));
    const card = expectedResume(cv);
    const valid = ResumeCardV1Schema.safeParse(card);
    if (!valid.success) problems.push(`${expected}: ${valid.error.message}`);
    put(expected, json(card));
    manifest.push({ id: cv.id, kind: "cv", format: cv.format, language: cv.language, file, expected });
  }
  for (const job of readSources<JobSource>("jobs")) {
    const file = `jobs/${job.id}.${extension[job.format]}`;
    const expected = `jobs/${job.id}.expected.json`;
    put(file, await render(job.format, jobLayout(job), job.id, job.title));
    const card = expectedJob(job);
    const schema = job.schema === "creative-job-v1" ? CreativeJobV1Schema : JobCardV1Schema;
    const valid = schema.safeParse(card);
    if (!valid.success) problems.push(`${expected}: ${valid.error.message}`);
    put(expected, json(card));
    manifest.push({ id: job.id, kind: "job", format: job.format, language: job.language, file, expected });
  }
  put("manifest.json", json({ entries: manifest }));

  let total = 0;
  for (const [path, bytes] of files) {
    total += bytes.length;
    if (bytes.length > maxFileBytes) problems.push(`${path}: ${bytes.length} bytes is over ${maxFileBytes}`);
  }
  if (total > maxCorpusBytes) problems.push(`corpus is ${total} bytes, over ${maxCorpusBytes}`);
  return { files, problems };
}

function committedFiles(): string[] {
  return ["cvs", "jobs"]
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`))
    .concat(existsSync(join(root, "manifest.json")) ? ["manifest.json"] : []);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const { files, problems } = await buildAll();
  if (check) {
    for (const [path, bytes] of files) {
      const onDisk = join(root, path);
      if (!existsSync(onDisk)) problems.push(`${path}: missing; run bench/corpus/build.ts`);
      else if (!sameBytes(new Uint8Array(readFileSync(onDisk)), bytes))
        problems.push(`${path}: differs from a fresh build`);
    }
    for (const path of committedFiles()) {
      if (!files.has(path)) problems.push(`${path}: not produced by the build (stale file?)`);
    }
  } else {
    for (const dir of ["cvs", "jobs"]) rmSync(join(root, dir), { recursive: true, force: true });
    for (const [path, bytes] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), bytes);
    }
  }
  const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  const where = relative(process.cwd(), root) || ".";
  console.log(
    `${check ? "checked" : "wrote"} ${files.size} files (${(total / 1024).toFixed(0)} KiB) in ${where}`,
  );
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
}

await main();
