import { bundledRules, type TailoringRules } from "../codex/rules";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { defaultNormalizer, type Normalizer } from "../taxonomy/normalizer";
import { applyEdits } from "./apply";
import { atsReport } from "./ats";
import { type AnyJobCard, coverageOf } from "./coverage";
import { sourceFacts } from "./facts";
import type { TailorProposal } from "./proposal";
import {
  type ResumeTailorV1,
  ResumeTailorV1Schema,
  type TailorOptionsInput,
  TailorOptionsSchema,
} from "./resume-tailor-v1";
import { verifyTailoredCard } from "./verify";

export interface TailorInput {
  job: AnyJobCard;
  /** The source card: every fact of the tailored card must be in it. */
  resume: ResumeCardV1;
  proposal: TailorProposal;
  options?: TailorOptionsInput;
  normalizer?: Normalizer;
  rules?: TailoringRules;
  now?: Date;
}

const pagesWarning = 2;

/**
 * The tailoring bundle: the proposal's edits applied as far as the rules and the verifier allow,
 * the change log, the refused edits, coverage, the ATS report. The tailored card always passes
 * the verifier: should the edits together ever fail it, the source card is returned unchanged
 * and the bundle says so.
 */
export function buildTailoredBundle(input: TailorInput): ResumeTailorV1 {
  const options = TailorOptionsSchema.parse(input.options ?? {});
  const normalizer = input.normalizer ?? defaultNormalizer();
  const rules = input.rules ?? bundledRules.tailoring;
  const { resume, proposal } = input;
  const facts = sourceFacts(resume, normalizer);
  let { card, changes, rejected } = applyEdits(resume, proposal.edits, { facts, normalizer, rules });
  const warnings = [...proposal.warnings];

  const outputLanguage = changes.some((c) => c.kind === "rewrite")
    ? (proposal.output_language ?? resume.language ?? null)
    : (resume.language ?? null);
  const generatedAt = (input.now ?? new Date()).toISOString();
  const stamp = (c: ResumeCardV1): ResumeCardV1 => ({
    ...c,
    language: outputLanguage,
    meta: {
      ...(resume.meta ?? {}),
      provider: proposal.provider,
      parser: "tailor",
      version: proposal.prompt_version,
      model: proposal.model,
      generated_at: generatedAt,
    },
  });
  card = stamp(card);
  let verification = verifyTailoredCard(resume, card, normalizer, rules, facts);
  if (!verification.passed) {
    warnings.push(
      `The edits together did not pass the verifier (${verification.violations.join("; ")}); the CV is returned unchanged`,
    );
    rejected = [
      ...rejected,
      ...changes.map((c) => ({
        path: c.path,
        kind: c.kind,
        after: c.after,
        code: "invalid_value" as const,
        reason: "Withdrawn: the edits together did not pass the verifier",
      })),
    ];
    changes = [];
    card = stamp(structuredClone(resume));
    verification = verifyTailoredCard(resume, card, normalizer, rules, facts);
  }

  const requested = options.language ?? null;
  if (requested !== null && outputLanguage !== requested) {
    warnings.push(
      `The CV is in ${outputLanguage ?? "its own language"}, not ${requested}: it was not translated`,
    );
  }
  if (rejected.length > 0) {
    warnings.push(
      `${rejected.length} proposed edit(s) refused: they broke a rule or added a fact (see rejected)`,
    );
  }
  const coverage = coverageOf(input.job, resume, normalizer);
  const ats = atsReport(card, coverage);
  if (ats.length.estimated_pages > pagesWarning) {
    warnings.push(
      `About ${ats.length.estimated_pages} pages: most recruiters expect at most ${pagesWarning}`,
    );
  }
  if (proposal.injection_detected && !warnings.some((w) => /instruction/i.test(w))) {
    warnings.push(
      "The CV contains text that reads like instructions to an AI; it was treated as data and not obeyed",
    );
  }

  return ResumeTailorV1Schema.parse({
    schema: "resume-tailor-v1",
    tailored_card: card,
    changes,
    rejected,
    coverage,
    ats,
    verification,
    warnings,
    options,
    language: { source: resume.language ?? null, requested, output: outputLanguage },
    injection_detected: proposal.injection_detected,
    provider: proposal.provider,
    model: proposal.model,
    prompt_version: proposal.prompt_version,
    generated_at: generatedAt,
  } satisfies ResumeTailorV1);
}
