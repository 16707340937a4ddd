import * as z from "zod";
import { FieldPathSchema, LanguageCodeSchema } from "../card/shared";
import { ResumeCardV1Schema } from "../resume/resume-card-v1";

/**
 * resume-tailor-v1: a CV tailored to one job (DESIGN.md §6). The tailored card, every edit that
 * was applied (path, before, after, why, for which requirement), every edit that was refused and
 * why, the job's requirements as the CV covers them, an ATS report, and how it was produced.
 * Produced by the rules provider (offline) or a language model; the verifier runs either way.
 */

export const tailorStyles = ["conservative", "modern", "impact"] as const;
export type TailorStyle = (typeof tailorStyles)[number];

/** nudge: order and canonical names only; keywords: + the job's words where the CV supports them; full: + summary, headline, projects. */
export const tailorStrategies = ["nudge", "keywords", "full"] as const;
export type TailorStrategy = (typeof tailorStrategies)[number];

/** The output languages a tailoring may ask for (the rules provider keeps the CV's own). */
export const tailorLanguages = ["en", "da", "ar", "de", "fr", "sv", "no", "es"] as const;

export const TailorOptionsSchema = z
  .object({
    language: z
      .enum(tailorLanguages)
      .nullish()
      .describe("desired_output_lang: the language of the tailored CV; absent keeps the CV's own"),
    style: z.enum(tailorStyles).default("conservative"),
    strategy: z.enum(tailorStrategies).default("keywords"),
    instructions: z
      .string()
      .trim()
      .max(1_000)
      .nullish()
      .describe(
        "The recruiter's wishes in free text (at most 1,000 characters), e.g. 'stress the team leadership'. An LLM provider reads them as preferences inside its rules (never to add a fact), screened for injected instructions like the CV; the rules provider does not use them and says so in the bundle's warnings",
      ),
  })
  .meta({
    id: "TailorOptions",
    description: "How to tailor: output language, style, strategy and the recruiter's instructions",
  });
export type TailorOptions = z.infer<typeof TailorOptionsSchema>;
export type TailorOptionsInput = z.input<typeof TailorOptionsSchema>;

/** A value of the card an edit replaces: a text, a list (an order), or nothing. */
export const EditValueSchema = z.union([z.string(), z.array(z.string()), z.null()]);
export type EditValue = z.infer<typeof EditValueSchema>;

export const tailorEditKinds = ["rewrite", "reorder", "rename", "hide"] as const;
export type TailorEditKind = (typeof tailorEditKinds)[number];

export const TailorChangeSchema = z
  .object({
    path: FieldPathSchema.describe("Where in the card: summary, work_experience[2].bullets[1], skills…"),
    kind: z.enum(tailorEditKinds),
    before: EditValueSchema,
    after: EditValueSchema,
    reason: z.string().min(1).describe("Why, for the recruiter"),
    requirement: z.string().nullable().describe("The job requirement the edit serves, as the job writes it"),
  })
  .meta({ id: "TailorChange", description: "One applied edit of the change log" });
export type TailorChange = z.infer<typeof TailorChangeSchema>;

export const rejectionCodes = [
  "blocked_path",
  "unknown_path",
  "invalid_value",
  "new_skill",
  "new_name",
  "new_title",
  "new_number",
  "new_degree",
  "new_certification",
  "reorder_changes_items",
  "hide_not_allowed",
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const RejectedEditSchema = z
  .object({
    path: z.string().describe("As the provider proposed it"),
    kind: z.enum(tailorEditKinds),
    after: EditValueSchema,
    code: z.enum(rejectionCodes),
    reason: z.string().min(1).describe("Which rule the edit broke, or which fact it added"),
  })
  .meta({ id: "RejectedEdit", description: "A proposed edit the verifier refused" });
export type RejectedEdit = z.infer<typeof RejectedEditSchema>;

export const coverageStatuses = ["covered", "covered_other_name", "missing"] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

export const CoverageItemSchema = z.object({
  requirement: z.string().describe("As the job writes it"),
  status: z
    .enum(coverageStatuses)
    .describe("covered: the CV says it; covered_other_name: the CV says it under another name; missing"),
  skill_id: z.string().nullable().describe("Taxonomy id when the requirement names a skill"),
  job_term: z.string().nullable().describe("The skill as the job names it"),
  cv_term: z.string().nullable().describe("What in the CV covers it, as the CV writes it"),
  note: z.string().nullable().describe("e.g. a related skill the CV has; never claimed as the requirement"),
});
export type CoverageItem = z.infer<typeof CoverageItemSchema>;

export const CoverageSchema = z.object({
  must_have: z.array(CoverageItemSchema),
  nice_to_have: z.array(CoverageItemSchema),
  counts: z.object({
    covered: z.int().min(0),
    covered_other_name: z.int().min(0),
    missing: z.int().min(0),
  }),
  gaps: z.array(z.string()).describe("Missing requirements: listed here, never added to the CV"),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const AtsReportSchema = z.object({
  keywords: z.object({
    present: z.array(z.string()).describe("Job keywords the tailored CV contains"),
    missing_supported: z
      .array(z.string())
      .describe("Job keywords the source supports but the tailored CV does not show (should be empty)"),
    missing_unsupported: z.array(z.string()).describe("Job keywords the candidate does not have: gaps"),
    coverage: z.number().min(0).max(1).describe("present / all job keywords"),
  }),
  sections: z.object({
    present: z.array(z.string()),
    missing: z.array(z.string()).describe("Standard sections an ATS looks for that the CV lacks"),
  }),
  length: z.object({
    words: z.int().min(0),
    characters: z.int().min(0),
    estimated_pages: z.number().min(0).describe("At about 450 words a page"),
  }),
});
export type AtsReport = z.infer<typeof AtsReportSchema>;

export const VerificationSchema = z.object({
  passed: z
    .boolean()
    .describe("The tailored card claims nothing the source does not (always true when stored)"),
  facts_checked: z
    .int()
    .min(0)
    .describe("Skills, names, titles, numbers and dates checked against the source"),
  violations: z.array(z.string()).describe("Empty when passed"),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const ResumeTailorV1Schema = z
  .object({
    schema: z.literal("resume-tailor-v1"),
    tailored_card: ResumeCardV1Schema,
    changes: z.array(TailorChangeSchema).describe("The change log: every applied edit"),
    rejected: z.array(RejectedEditSchema).describe("Proposed edits the verifier refused, with the reason"),
    coverage: CoverageSchema,
    ats: AtsReportSchema,
    verification: VerificationSchema,
    warnings: z.array(z.string()).describe("What a person should know (no translation, injection found…)"),
    options: TailorOptionsSchema,
    language: z.object({
      source: LanguageCodeSchema.nullable(),
      requested: LanguageCodeSchema.nullable(),
      output: LanguageCodeSchema.nullable(),
    }),
    injection_detected: z
      .boolean()
      .describe("The CV contains text that reads like instructions; it was treated as data, not obeyed"),
    provider: z.enum(["openai", "rules"]),
    model: z.string().nullable(),
    prompt_version: z
      .string()
      .describe("The tailoring prompt's version (the rules provider's own for rules)"),
    generated_at: z.iso.datetime({ offset: true }),
  })
  .meta({
    title: "Resume Tailor v1",
    description:
      "A CV tailored to one job: the tailored card, the change log, refused edits, requirement coverage, an ATS report, verification and provider.",
  });
export type ResumeTailorV1 = z.infer<typeof ResumeTailorV1Schema>;
