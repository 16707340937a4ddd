import { readFileSync, statSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { createCardEnhancer, createTailor } from "@futodama/ai";
import {
  buildTailoredBundle,
  type CreativeJobV1,
  defaultNormalizer,
  isAppError,
  type JobCardV1,
  type ResumeCardV1,
  type ResumeTailorV1,
  TailorOptionsSchema,
} from "@futodama/core";
import { type ExportFormat, exportFormats, extractDocument, renderResume } from "@futodama/documents";
import { documentOcr } from "@futodama/documents/ocr";
import { buildCard } from "@futodama/services/document/understand";
import type { Fail } from "./fail";
import { releasingOcr } from "./release-ocr";

/*
 * `futodama tailor --job <file> --resume <file> [--language en] [--style s] [--strategy s]
 * [--json] [--out file.md|.docx|.pdf]`: both files parsed offline the way the workflow parses
 * them, tailored by the same provider and verifier as the Tailor workflow. --json prints the
 * resume-tailor-v1 bundle and nothing else (a contract: the product owner's evaluation reads it).
 */

const usage =
  "futodama tailor --job <file> --resume <file> [--language en|da|ar…] [--style conservative|modern|impact] [--strategy nudge|keywords|full] [--json] [--out <file.md|file.docx|file.pdf>]";

function existing(path: string | undefined, flag: string, fail: Fail): string {
  if (!path) fail(`tailor needs ${flag} <file>: ${usage}`);
  try {
    if (!statSync(path).isFile()) fail(`${flag} ${path} is not a file`, { usage: false });
  } catch {
    fail(`no such file: ${path}`, { usage: false });
  }
  return path;
}

function formatOf(out: string, fail: Fail): ExportFormat {
  const ext = extname(out).slice(1).toLowerCase();
  const format = exportFormats.find((f) => f === ext);
  if (format === undefined) fail(`--out must end in ${exportFormats.map((f) => `.${f}`).join(", ")}: ${out}`);
  return format;
}

async function parse(path: string, kind: "job" | "resume"): Promise<{ card: unknown; text: string }> {
  const doc = await extractDocument(new Uint8Array(readFileSync(path)), {
    filename: path,
    ocr: documentOcr(),
  });
  const enhancer = createCardEnhancer({
    openaiApiKey: process.env.OPENAI_API_KEY,
    openaiBaseUrl: process.env.OPENAI_BASE_URL,
    model: process.env.OPENAI_MODEL,
  });
  return { card: await buildCard(doc, kind, enhancer), text: doc.text };
}

/** A few lines a person reads in a terminal. */
function report(bundle: ResumeTailorV1): string {
  const c = bundle.coverage.counts;
  const lines = [
    `Tailored by ${bundle.provider}${bundle.model ? ` (${bundle.model})` : ""}: ${bundle.changes.length} change(s), ${bundle.rejected.length} refused, verified ${bundle.verification.passed ? "✓" : "✗"}`,
    `Coverage: ${c.covered} covered, ${c.covered_other_name} under another name, ${c.missing} missing`,
    ...bundle.changes.map((ch) => `  ~ ${ch.path} (${ch.kind}): ${ch.reason}`),
    ...bundle.rejected.map((r) => `  ✗ ${r.path}: ${r.reason}`),
    ...bundle.coverage.gaps.map((g) => `  gap: ${g}`),
    `ATS: ${Math.round(bundle.ats.keywords.coverage * 100)}% of the job's keywords, ${bundle.ats.length.words} words (~${bundle.ats.length.estimated_pages} pages)`,
    ...bundle.warnings.map((w) => `  ! ${w}`),
  ];
  return `${lines.join("\n")}\n`;
}

export function tailorCommand(argv: string[], fail: Fail): Promise<void> {
  return releasingOcr(() => runTailorCommand(argv, fail));
}

async function runTailorCommand(argv: string[], fail: Fail): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      job: { type: "string" },
      resume: { type: "string" },
      language: { type: "string" },
      style: { type: "string" },
      strategy: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
    },
  });
  const jobPath = existing(values.job, "--job", fail);
  const resumePath = existing(values.resume, "--resume", fail);
  const format = values.out ? formatOf(values.out, fail) : undefined;
  const options = TailorOptionsSchema.safeParse({
    language: values.language,
    style: values.style,
    strategy: values.strategy,
  });
  if (!options.success) {
    fail(options.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  }
  try {
    const [job, resume] = await Promise.all([parse(jobPath, "job"), parse(resumePath, "resume")]);
    if ((resume.card as { schema?: string }).schema !== "resume-card-v1")
      fail(`${resumePath} is not a CV`, { usage: false });
    const jobCard = job.card as JobCardV1 | CreativeJobV1;
    const resumeCard = resume.card as ResumeCardV1;
    const normalizer = defaultNormalizer();
    const tailor = createTailor({
      openaiApiKey: process.env.OPENAI_API_KEY,
      baseURL: process.env.OPENAI_BASE_URL,
      model: process.env.OPENAI_MODEL,
    });
    const proposal = await tailor.propose({
      job: jobCard,
      resume: resumeCard,
      resumeText: resume.text,
      options: options.data,
      normalizer,
    });
    const bundle = buildTailoredBundle({
      job: jobCard,
      resume: resumeCard,
      proposal,
      options: options.data,
      normalizer,
    });
    if (values.out && format) {
      const rendered = await renderResume(bundle.tailored_card, format);
      writeFileSync(values.out, rendered.bytes);
      if (!values.json) process.stdout.write(`Wrote ${values.out} (${rendered.bytes.length} bytes)\n`);
    }
    process.stdout.write(values.json ? `${JSON.stringify(bundle)}\n` : report(bundle));
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`futodama tailor: ${error.message} (${error.code})\n`);
      process.exit(1);
    }
    throw error;
  }
}
