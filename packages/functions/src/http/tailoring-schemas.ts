import { ResumeTailorV1Schema, TailorOptionsSchema } from "@futodama/core";
import * as z from "zod";
import { pageLimit } from "./query-schemas";

/** The tailoring domain's HTTP shapes (the bundle is the codex's resume-tailor-v1). */

export const tailoringExportTypes = {
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export const TailorResumeBodySchema = z
  .object({
    jobId: z.uuid("jobId must be a UUID"),
    resumeId: z.uuid("resumeId must be a UUID"),
    options: TailorOptionsSchema.optional().describe(
      "language (absent keeps the CV's own), style (default conservative), strategy (default keywords)",
    ),
  })
  .strict()
  .meta({ id: "TailorResumeRequest" });

export const TailoringSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(["queued", "running", "done", "failed"]),
    jobId: z.uuid(),
    resumeId: z.uuid(),
    options: TailorOptionsSchema,
    provider: z.enum(["openai", "rules"]).nullable().describe("The provider asked"),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    error: z.string().nullable().describe("Why the tailoring failed; null unless failed"),
    errorCode: z
      .string()
      .nullable()
      .describe("Stable dotted code of error (ai.unavailable, workflow.timeout…); null unless failed"),
    bundle: ResumeTailorV1Schema.nullable().describe(
      "Once done: the tailored card, change log, refused edits, coverage, ATS report and verification",
    ),
  })
  .meta({ id: "Tailoring" });

export const TailoringExportQuerySchema = z
  .object({
    format: z
      .enum(Object.keys(tailoringExportTypes) as ["md", "docx", "pdf"])
      .describe("md (Markdown), docx (Word) or pdf"),
  })
  .strict();

export const TailoringSummarySchema = TailoringSchema.omit({ bundle: true }).meta({ id: "TailoringSummary" });

export const TailoringListQuerySchema = z
  .object({
    jobId: z.uuid("jobId must be a UUID").optional(),
    resumeId: z.uuid("resumeId must be a UUID").optional(),
    limit: pageLimit(100).optional(),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const TailoringPageSchema = z
  .object({ items: z.array(TailoringSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "TailoringPage" });
