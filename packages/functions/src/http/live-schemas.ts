import { MatchAnalysisV1Schema } from "@futodama/core";
import * as z from "zod";
import { CategoryScoreSchema } from "./match-schemas";
import { pageLimit } from "./query-schemas";

/* The live views' HTTP shapes: a job's candidates, a CV's jobs, one pair explained. */

const verdict = z
  .enum(["positive", "negative", "hired"])
  .nullable()
  .describe("The newest recruiter verdict on this candidate in any session of the job; null when none");
const breakdown = z.record(z.string(), CategoryScoreSchema).describe("Per category: score, weight, evidence");

export const LiveQuerySchema = z
  .object({
    minScore: z
      .string()
      .regex(/^[0-9]{1,3}(\.[0-9]{1,2})?$/, "minScore must be a number from 0 to 100 in decimal digits")
      .transform(Number)
      .pipe(z.number().min(0).max(100))
      .optional()
      .describe("Only scores at least this (0..100)"),
    limit: pageLimit(500).optional().describe("Per page (default 50)"),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const PairParamsSchema = z.object({
  jobId: z.uuid("jobId must be a UUID"),
  resumeId: z.uuid("resumeId must be a UUID"),
});

export const LiveCandidateSchema = z
  .object({
    rank: z.number().int().describe("1 = best"),
    resumeId: z.uuid(),
    name: z.string().nullable(),
    filename: z.string(),
    score: z.number().describe("0..100"),
    breakdown,
    missingMustHaves: z.array(z.string()),
    verdict,
    scoredAt: z.iso.datetime(),
  })
  .meta({ id: "LiveCandidate" });

export const LiveCandidatePageSchema = z
  .object({ items: z.array(LiveCandidateSchema), nextCursor: z.string().nullable() })
  .meta({ id: "LiveCandidatePage" });

export const LiveJobSchema = z
  .object({
    rank: z.number().int().describe("1 = the best fit"),
    jobId: z.uuid(),
    title: z.string().nullable(),
    score: z.number().describe("0..100"),
    breakdown,
    missingMustHaves: z.array(z.string()),
    scoredAt: z.iso.datetime(),
  })
  .meta({ id: "LiveJob" });

export const LiveJobPageSchema = z
  .object({ items: z.array(LiveJobSchema), nextCursor: z.string().nullable() })
  .meta({ id: "LiveJobPage" });

export const CandidateExplanationSchema = z
  .object({
    jobId: z.uuid(),
    resumeId: z.uuid(),
    name: z.string().nullable(),
    score: z.number().describe("Step 1, scored now from both cards (0..100)"),
    breakdown,
    missingMustHaves: z.array(z.string()),
    live: z
      .object({ rank: z.number().int(), score: z.number(), scoredAt: z.iso.datetime() })
      .nullable()
      .describe("The pair's place in the job's live ranking; null when it has none"),
    analysis: z
      .object({ sessionId: z.uuid(), result: MatchAnalysisV1Schema, analysedAt: z.iso.datetime() })
      .nullable()
      .describe("The newest step-2 analysis of the pair; null when none"),
    verdict,
  })
  .meta({ id: "CandidateExplanation" });
