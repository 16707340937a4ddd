/**
 * Parse speed on the real path (bytes → extractDocument → parseResume), one core:
 *   - median/p95 for a 2-page text-layer PDF CV,
 *   - bulk throughput (docs/s) over the corpus files that have a text layer,
 *   - cold taxonomy load and normalizer construction, each in a fresh process.
 *
 *   pnpm bench:speed
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseJob, parseResume } from "../packages/core/src/index";
import { extractDocument } from "../packages/documents/src/index";
import { singleColumnCv } from "../packages/documents/test/fixtures";

const root = join(import.meta.dirname, "..");
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const ms = (n: number) => Math.round(n * 10) / 10;

async function twoPageCv() {
  const pdf = await singleColumnCv(2);
  for (let i = 0; i < 5; i++) parseResume(await extractDocument(pdf, { ocr: false }));
  const extract: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const doc = await extractDocument(pdf, { ocr: false });
    const t1 = performance.now();
    parseResume(doc);
    const t2 = performance.now();
    extract.push(t1 - t0);
    total.push(t2 - t0);
  }
  return {
    pages: 2,
    extractMedianMs: ms(quantile(extract, 0.5)),
    totalMedianMs: ms(quantile(total, 0.5)),
    totalP95Ms: ms(quantile(total, 0.95)),
  };
}

async function throughput() {
  const manifest = JSON.parse(readFileSync(join(root, "bench/corpus/manifest.json"), "utf8")) as {
    entries: Array<{ file: string; kind: string; format: string }>;
  };
  // OCR'd scans are measured separately (about 1 s a page); this is the text-layer path.
  const docs = manifest.entries.filter((d) => !["png", "pdf-scan"].includes(d.format));
  const files = docs.map((d) => ({
    kind: d.kind,
    bytes: new Uint8Array(readFileSync(join(root, "bench/corpus", d.file))),
  }));
  const rounds = 5;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      const doc = await extractDocument(f.bytes, { ocr: false });
      if (f.kind === "job") parseJob(doc);
      else parseResume(doc);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { documents: files.length * rounds, docsPerSecond: Math.round((files.length * rounds) / seconds) };
}

function coldProcess(code: string): number {
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", code], {
    cwd: root,
    encoding: "utf8",
  });
  return Number(out.trim().split("\n").pop());
}

const cold = {
  taxonomyLoadMs: coldProcess(
    'const { loadTaxonomy } = await import("./packages/core/src/taxonomy/load.ts"); const t = performance.now(); loadTaxonomy(); console.log(Math.round(performance.now() - t));',
  ),
  normalizerReadyMs: coldProcess(
    'const { defaultNormalizer } = await import("./packages/core/src/taxonomy/normalizer.ts"); const t = performance.now(); defaultNormalizer().findSkills("warm up with TypeScript"); console.log(Math.round(performance.now() - t));',
  ),
};
const result = { cv2Pages: await twoPageCv(), bulk: await throughput(), cold };
console.log(JSON.stringify(result, null, 2));
writeFileSync(join(root, "bench/results/parse-speed.json"), `${JSON.stringify(result, null, 2)}\n`);
