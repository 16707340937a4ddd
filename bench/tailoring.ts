/**
 * Tailoring on the real path, over the team corpus (every CV × every job ad):
 *   - truthfulness: the verifier passes, name/contact/employers/titles/dates/degrees/skills are
 *     unchanged, no refused edit (the rules provider proposes nothing it may not);
 *   - usefulness: the job's keywords in the CV before and after (ATS keyword coverage);
 *   - speed: propose + apply + verify per pair (p50/p95), one core;
 *   - exports: a sample of tailored CVs rendered to DOCX and PDF and parsed back by our parser.
 *
 *   pnpm bench:tailoring
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  atsReport,
  buildTailoredBundle,
  type CreativeJobV1,
  coverageOf,
  defaultNormalizer,
  type JobCardV1,
  parseJob,
  parseResume,
  proposeRulesTailoring,
  type ResumeCardV1,
  verifyTailoredCard,
} from "../packages/core/src/index";
import { extractDocument, renderResume } from "../packages/documents/src/index";
import { documentOcr } from "../packages/documents/src/ocr/entry";

const root = join(import.meta.dirname, "..");
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

interface Entry {
  id: string;
  kind: "cv" | "job";
  file: string;
}
const manifest = JSON.parse(readFileSync(join(root, "bench/corpus/manifest.json"), "utf8")) as {
  entries: Entry[];
};

async function load(entry: Entry) {
  const doc = await extractDocument(new Uint8Array(readFileSync(join(root, "bench/corpus", entry.file))), {
    filename: entry.file,
    ocr: documentOcr(),
  });
  return doc;
}

const cvs: { id: string; card: ResumeCardV1 }[] = [];
const jobs: { id: string; card: JobCardV1 | CreativeJobV1 }[] = [];
for (const entry of manifest.entries) {
  const doc = await load(entry);
  if (entry.kind === "cv") cvs.push({ id: entry.id, card: parseResume(doc) });
  else jobs.push({ id: entry.id, card: parseJob(doc) });
}

/** What tailoring must never change. */
function facts(card: ResumeCardV1) {
  const { headline: _h, ...contact } = card.personal_info;
  return JSON.stringify({
    contact,
    roles: card.work_experience.map((r) => [r.company, r.title, r.start, r.end]),
    education: card.education,
    certifications: card.certifications,
    skills: card.skills.map((s) => s.id ?? s.name).sort(),
  });
}

const normalizer = defaultNormalizer();
const times: number[] = [];
const before: number[] = [];
const after: number[] = [];
let pairs = 0;
let verified = 0;
let unchanged = 0;
let refused = 0;
const refusals: string[] = [];
let changes = 0;
let renamed = 0;
let otherName = 0;
for (const cv of cvs) {
  for (const job of jobs) {
    const t0 = performance.now();
    const proposal = proposeRulesTailoring(
      job.card,
      cv.card,
      { strategy: "full", style: "modern" },
      normalizer,
    );
    const bundle = buildTailoredBundle({
      job: job.card,
      resume: cv.card,
      proposal,
      options: { strategy: "full" },
      normalizer,
    });
    times.push(performance.now() - t0);
    pairs++;
    if (verifyTailoredCard(cv.card, bundle.tailored_card, normalizer).passed) verified++;
    if (facts(bundle.tailored_card) === facts(cv.card)) unchanged++;
    refused += bundle.rejected.length;
    for (const r of bundle.rejected) refusals.push(`${cv.id} × ${job.id}: ${r.path} ${r.code} (${r.reason})`);
    changes += bundle.changes.length;
    renamed += bundle.changes.filter((c) => c.kind === "rename").length;
    otherName += bundle.coverage.counts.covered_other_name;
    // Of the job's keywords the candidate has: how many the CV shows under the job's own name.
    const supported = (k: { present: string[]; missing_supported: string[] }) =>
      k.present.length + k.missing_supported.length === 0
        ? null
        : k.present.length / (k.present.length + k.missing_supported.length);
    const was = supported(atsReport(cv.card, coverageOf(job.card, cv.card, normalizer)).keywords);
    const now = supported(bundle.ats.keywords);
    if (was !== null && now !== null) {
      before.push(was);
      after.push(now);
    }
  }
}

// Exports: every CV tailored to the first job, rendered and parsed back.
const roundTrip = {
  docx: { total: 0, same: 0, differ: [] as string[] },
  pdf: { total: 0, same: 0, differ: [] as string[] },
};
const exportMs: number[] = [];
const firstJob = jobs[0];
if (firstJob) {
  for (const cv of cvs) {
    const proposal = proposeRulesTailoring(firstJob.card, cv.card, {}, normalizer);
    const card = buildTailoredBundle({
      job: firstJob.card,
      resume: cv.card,
      proposal,
      normalizer,
    }).tailored_card;
    for (const format of ["docx", "pdf"] as const) {
      const t0 = performance.now();
      const rendered = await renderResume(card, format);
      exportMs.push(performance.now() - t0);
      const back = parseResume(await extractDocument(rendered.bytes, { ocr: false }));
      roundTrip[format].total++;
      if (facts(back) === facts(card)) roundTrip[format].same++;
      else roundTrip[format].differ.push(cv.id);
    }
  }
}

const result = {
  measuredAt: new Date().toISOString(),
  corpus: { cvs: cvs.length, jobs: jobs.length, pairs },
  truthfulness: {
    verifierPassed: verified,
    protectedFactsUnchanged: unchanged,
    refusedEdits: refused,
    refusals,
  },
  edits: {
    total: changes,
    perPair: round(changes / pairs),
    renamedToTheJobsName: renamed,
    coveredUnderAnotherName: otherName,
  },
  supportedKeywordsShown: {
    pairsWhereTheCvHasAJobKeyword: before.length,
    before: round(mean(before), 3),
    after: round(mean(after), 3),
  },
  speedMs: {
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    max: round(Math.max(...times)),
  },
  exports: {
    docx: `${roundTrip.docx.same}/${roundTrip.docx.total} parse back with the same name, contact, roles, dates, education, skills`,
    pdf: `${roundTrip.pdf.same}/${roundTrip.pdf.total}`,
    docxDiffer: roundTrip.docx.differ,
    pdfDiffer: roundTrip.pdf.differ,
    renderMsP50: round(quantile(exportMs, 0.5)),
  },
};
writeFileSync(join(root, "bench/results/tailoring.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
