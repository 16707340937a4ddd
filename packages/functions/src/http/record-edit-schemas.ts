import * as z from "zod";
import { CandidateSourceSchema, JobStatusSchema, PipelineStatusSchema } from "./stage-schemas";

/* The shapes of the recruiter's verbs on jobs and CVs: PATCH, DELETE, the original file. */

const cardCorrections = z
  .record(z.string(), z.unknown())
  .describe(
    "Corrections to the card as a JSON Merge Patch (RFC 7396): objects merge, arrays and values replace, null removes a field. The result must still validate against the card's codex schema (400 <kind>.invalid_card)",
  );
const title = z.string().trim().min(1).max(200);
const atLeastOne = (value: object) => Object.keys(value).length > 0;

export const PatchJobSchema = z
  .object({
    jobStatus: JobStatusSchema.optional(),
    title: title.optional(),
    card: cardCorrections.optional(),
  })
  .strict()
  .refine(atLeastOne, "nothing to change: give jobStatus, title or card")
  .meta({ id: "PatchJob" });

export const PatchResumeSchema = z
  .object({
    pipelineStatus: PipelineStatusSchema.optional(),
    source: CandidateSourceSchema.optional(),
    title: title.optional().describe("The candidate's name as shown in lists"),
    card: cardCorrections.optional(),
  })
  .strict()
  .refine(atLeastOne, "nothing to change: give pipelineStatus, source, title or card")
  .meta({ id: "PatchResume" });

export const FileLinkSchema = z
  .object({
    url: z.url().describe("Presigned GET of the original file; valid until expiresAt (5 minutes)"),
    method: z.literal("GET"),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "FileLink" });
