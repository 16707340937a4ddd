import * as z from "zod";

/* The stages a recruiter sets on jobs and CVs (records carry them; PATCH changes them; lists filter by them). */

export const JobStatusSchema = z
  .enum(["open", "on_hold", "closed"])
  .describe(
    "Hiring stage: only open jobs are scored against new CVs and rematched; a closed job leaves the live rankings",
  )
  .meta({ id: "JobStatus" });

export const PipelineStatusSchema = z
  .enum(["available", "interviewing", "hired", "archived"])
  .describe("Where the candidate stands in the recruiter's pipeline")
  .meta({ id: "PipelineStatus" });

export const CandidateSourceSchema = z
  .enum(["uploaded", "internal", "past"])
  .describe("Where the candidate came from")
  .meta({ id: "CandidateSource" });
