import { MatchAnalysisV1Schema } from "@futodama/core";
import * as z from "zod";
import { pageLimit } from "./query-schemas";

/** The match domain's HTTP shapes (the breakdown's categories are the codex's, docs/scoring.md). */

const weight = z.number().min(0).max(100);

export const MatchWeightsSchema = z
  .object({
    must_have: weight,
    nice_to_have: weight,
    title: weight,
    seniority: weight,
    languages: weight,
    location: weight,
    education: weight,
  })
  .partial()
  .strict()
  .describe("Overrides of the codex category weights for this run (relative; 0 switches a category off)")
  .meta({ id: "MatchWeights" });

export const MatchStep1BodySchema = z
  .object({
    top: z.number().int().min(1).max(500).optional().describe("Candidates to keep (default 50)"),
    weights: MatchWeightsSchema.optional(),
  })
  .strict()
  .meta({ id: "MatchStep1Request" });

/** The step-1 body may be left out altogether (every field has a default). */
export const OptionalMatchStep1BodySchema = MatchStep1BodySchema.optional();

export const MatchStep2BodySchema = z
  .object({
    sessionId: z
      .uuid("sessionId must be a UUID")
      .optional()
      .describe("Analyse the best `top` of this step-1 session"),
    resumeIds: z
      .array(z.uuid("resumeIds must be UUIDs"))
      .min(1)
      .max(100)
      .optional()
      .describe("Or exactly these candidates"),
    top: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe(
        "How many of the best to analyse (default 10); without sessionId, from a fresh step-1 ranking",
      ),
  })
  .strict()
  .refine((b) => b.sessionId === undefined || b.resumeIds === undefined, {
    message: "Give either sessionId or resumeIds, not both",
    path: ["resumeIds"],
  })
  .meta({ id: "MatchStep2Request" });

export const JobIdParamsSchema = z.object({ jobId: z.uuid("jobId must be a UUID") });

export const MatchResultsQuerySchema = z
  .object({
    limit: pageLimit(500).optional().describe("Results per page (default 50)"),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const MatchSessionsQuerySchema = z
  .object({
    limit: pageLimit(100).optional(),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const MatchEvidenceSchema = z
  .object({
    requirement: z.string().describe("The requirement as the job states it"),
    skillId: z.string().nullable().optional(),
    matched: z.boolean(),
    via: z
      .enum(["exact", "related", "similar", "text"])
      .nullable()
      .describe("related: partial credit through the taxonomy; similar: by embeddings"),
    candidateText: z.string().nullable().optional().describe("What in the CV met it"),
    note: z.string().optional(),
  })
  .meta({ id: "MatchEvidence" });

export const CategoryScoreSchema = z
  .object({
    score: z.number().describe("0..1"),
    weight: z.number().describe("The weight the category carried; 0 when the job asks nothing of it"),
    evidence: z.array(MatchEvidenceSchema),
    unknown: z
      .boolean()
      .optional()
      .describe(
        "The job should fill this category but gave nothing to compare (no must-have extracted, no title): its weight counts at score 0 and it is left out of coverage",
      ),
  })
  .meta({ id: "CategoryScore" });

export const MatchResultSchema = z
  .object({
    rank: z.number().int().describe("1 = best"),
    resumeId: z.uuid(),
    name: z.string().nullable().describe("The candidate's name as parsed"),
    filename: z.string(),
    score: z.number().describe("0..100 (docs/scoring.md: what a score means)"),
    coverage: z
      .number()
      .min(0)
      .max(1)
      .describe(
        "0..1: the share of the job's weight that could be compared; the score never exceeds 100 × coverage",
      ),
    breakdown: z.record(z.string(), CategoryScoreSchema).describe("Per category: score, weight, evidence"),
    missingMustHaves: z.array(z.string()),
    analysis: MatchAnalysisV1Schema.optional().describe(
      "The step-2 analysis (match-analysis-v1), once there is one",
    ),
    analysisError: z.string().optional().describe("Why the step-2 analysis of this candidate failed"),
    analysisErrorCode: z
      .string()
      .optional()
      .describe(
        "Stable dotted code of analysisError (ai.unavailable, workflow.timeout…; docs/api-contract.md#failure-codes)",
      ),
    verdict: z
      .enum(["positive", "negative", "hired"])
      .nullable()
      .describe(
        "The current verdict on this candidate in this session (the newest feedback); null when none",
      ),
  })
  .meta({ id: "MatchResult" });

const fullWeights = z.object({
  must_have: z.number(),
  nice_to_have: z.number(),
  title: z.number(),
  seniority: z.number(),
  languages: z.number(),
  location: z.number(),
  education: z.number(),
});

export const MatchWeightingSchema = z
  .discriminatedUnion("source", [
    z.object({
      source: z.literal("codex"),
      weights: fullWeights,
      verdicts: z.number().int().describe("Current verdicts of the tenant: too few to learn from yet"),
    }),
    z.object({ source: z.literal("request"), weights: fullWeights }),
    z.object({
      source: z.literal("learned"),
      weights: fullWeights,
      verdicts: z.number().int().describe("Current verdicts learned from"),
      relevant: z.number().int().describe("Of them positive or hired"),
      priorShare: z.number().describe("The codex weights' share in the blend (0..1)"),
    }),
  ])
  .describe(
    "The category weights the run used and where they came from: the request's, the tenant's learned from its recruiters' verdicts (docs/scoring.md#learned-weights), or the codex's",
  )
  .meta({ id: "MatchWeighting" });

const sessionShape = {
  id: z.uuid(),
  jobId: z.uuid(),
  kind: z.enum(["step1", "step2"]),
  status: z.enum(["queued", "running", "done", "failed"]),
  options: z.unknown().describe("What the run was asked for (top, weights)"),
  weighting: MatchWeightingSchema.optional().describe("Step 1: the weights the run used (absent on step 2)"),
  progress: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int() }),
  error: z.string().optional().describe("Why the session failed"),
  errorCode: z
    .string()
    .optional()
    .describe("Stable dotted code of error, when failed (docs/api-contract.md#failure-codes)"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const MatchSessionSummarySchema = z.object(sessionShape).meta({ id: "MatchSessionSummary" });

export const MatchSessionSchema = z
  .object({
    ...sessionShape,
    results: z.array(MatchResultSchema).describe("A page of results, best first"),
    nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page of results"),
  })
  .meta({ id: "MatchSession" });

export const MatchSessionPageSchema = z
  .object({ items: z.array(MatchSessionSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "MatchSessionPage" });

export const MatchFeedbackBodySchema = z
  .object({
    resumeId: z.uuid("resumeId must be a UUID"),
    verdict: z.enum(["positive", "negative", "hired"]),
    notes: z.string().trim().max(2000).optional(),
  })
  .strict()
  .meta({ id: "MatchFeedbackInput" });

export const MatchFeedbackSchema = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid(),
    resumeId: z.uuid(),
    verdict: z.enum(["positive", "negative", "hired"]),
    notes: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "MatchFeedback" });

export const CurrentVerdictSchema = MatchFeedbackSchema.extend({
  history: z
    .array(MatchFeedbackSchema)
    .describe("Earlier verdicts on the same candidate in the session, newest first"),
}).meta({ id: "CurrentVerdict" });

export const FeedbackListSchema = z
  .object({
    items: z
      .array(CurrentVerdictSchema)
      .describe("One current verdict per candidate and session, newest first"),
  })
  .meta({ id: "FeedbackList" });
