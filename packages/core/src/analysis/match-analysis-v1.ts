import * as z from "zod";

/**
 * match-analysis-v1: the step-2 deep dive on one candidate for one job (DESIGN.md §6). Produced
 * by a language model (OpenAI structured outputs) or, without a key, by the rules provider from
 * the step-1 evidence; the same shape either way, and `rule_based` says which.
 */

export const matchAnalysisVerdicts = ["strong", "good", "mixed", "weak"] as const;
export type MatchAnalysisVerdict = (typeof matchAnalysisVerdicts)[number];

export const AnalysisEvidenceSchema = z
  .object({
    quote: z.string().min(1).describe("Verbatim from the CV; quotes the CV does not contain are dropped"),
    supports: z.string().describe("The strength, gap or requirement the quote bears on"),
  })
  .describe("A CV quote backing a point of the analysis");
export type AnalysisEvidence = z.infer<typeof AnalysisEvidenceSchema>;

export const MatchAnalysisV1Schema = z
  .object({
    schema: z.literal("match-analysis-v1"),
    score: z
      .number()
      .min(0)
      .max(100)
      .describe(
        "0..100; kept within ±score_band of the step-1 score, and never above it when injection_detected",
      ),
    confidence: z.number().min(0).max(1).describe("How much the analysis can be trusted (0..1)"),
    verdict: z.enum(matchAnalysisVerdicts).describe("strong ≥ 80, good ≥ 65, mixed ≥ 45, weak below"),
    summary: z.string().describe("Two or three sentences for the recruiter"),
    strengths: z.array(z.string()).default([]),
    gaps: z.array(z.string()).default([]),
    risks: z.array(z.string()).default([]),
    evidence: z.array(AnalysisEvidenceSchema).default([]),
    interview_questions: z.array(z.string()).default([]).describe("Recommended questions for an interview"),
    step1_score: z
      .number()
      .min(0)
      .max(100)
      .describe("The deterministic step-1 score the analysis started from"),
    score_band: z.number().min(0).max(100).describe("How far the analysis may move the score from step 1"),
    injection_detected: z
      .boolean()
      .describe("The CV contains text that reads like instructions to the model; it was treated as data"),
    injection_notes: z.array(z.string()).default([]).describe("What was found, and what was done about it"),
    notes: z.array(z.string()).default([]).describe("What a person should know (clamping, dropped quotes…)"),
    provider: z.enum(["openai", "rules"]),
    model: z.string().nullable(),
    prompt_version: z.string().describe("match-analysis prompt version (the rules provider's own for rules)"),
    rule_based: z.boolean().describe("true: derived from the step-1 evidence, no language model involved"),
  })
  .meta({
    title: "Match Analysis v1",
    description:
      "The step-2 deep dive on one candidate for one job: score, verdict, strengths, gaps, risks, CV quotes.",
  });
export type MatchAnalysisV1 = z.infer<typeof MatchAnalysisV1Schema>;
