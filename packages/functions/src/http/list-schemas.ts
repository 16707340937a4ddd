import { LocationSchema } from "@futodama/core";
import * as z from "zod";
import { boundedDateTime, commaList, pageLimit } from "./query-schemas";
import { JobRecordSchema, ResumeRecordSchema, StatusSchema } from "./schemas";
import { CandidateSourceSchema, JobStatusSchema, PipelineStatusSchema } from "./stage-schemas";

/* The lists of jobs and CVs: their filters, their items (summaries unless include=card), a total. */

const listQueryShape = {
  status: commaList(StatusSchema, 4)
    .optional()
    .describe("One status or several: `status=parsed,failed` (or the parameter repeated)"),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe(
      "Search: every word of it in the card (name, titles, employers, skills; each word as a prefix), or a substring of the title/name or the filename",
    ),
  skill: commaList(z.string().min(1).max(200), 10)
    .optional()
    .describe("Taxonomy skill ids (GET /api/codex/skills), comma-separated: records holding all of them"),
  sort: z
    .enum(["-createdAt", "createdAt", "-updatedAt", "updatedAt", "title", "-title"])
    .optional()
    .describe(
      "Order (a leading - is descending); title is the job title or the candidate's name. Default -createdAt",
    ),
  include: z.enum(["card"]).optional().describe("`card`: each item carries its whole card (heavy)"),
  language: z.string().trim().min(2).max(8).optional(),
  createdAfter: boundedDateTime.optional(),
  createdBefore: boundedDateTime.optional(),
  limit: pageLimit(100).optional(),
  cursor: z.string().max(500).optional(),
};

export const JobListQuerySchema = z
  .object({ ...listQueryShape, jobStatus: JobStatusSchema.optional() })
  .strict();
export const ResumeListQuerySchema = z
  .object({
    ...listQueryShape,
    pipelineStatus: PipelineStatusSchema.optional(),
    source: CandidateSourceSchema.optional(),
  })
  .strict();
export type RecordListQuery = z.infer<typeof JobListQuerySchema> & z.infer<typeof ResumeListQuerySchema>;

export const ResumeSummarySchema = z
  .object({
    headline: z.string().optional(),
    location: LocationSchema.optional(),
    latestTitle: z
      .string()
      .optional()
      .describe("The first experience entry's title (CVs list the latest first)"),
    latestEmployer: z.string().optional(),
    totalYearsExperience: z.number().optional(),
    skills: z.array(z.string()).optional().describe("The card's first twelve skills"),
  })
  .meta({ id: "ResumeSummary", description: "What a list shows of a parsed CV instead of its card" });

export const JobSummarySchema = z
  .object({
    company: z.string().optional(),
    location: LocationSchema.optional(),
    workMode: z.string().optional(),
    seniority: z.string().optional(),
    employmentType: z.string().optional(),
    mustHave: z.array(z.string()).optional().describe("The first twelve must-have requirements, as written"),
  })
  .meta({ id: "JobSummary", description: "What a list shows of a parsed job instead of its card" });

const listed = {
  total: z.number().int().nonnegative().describe("How many records match the filters, over all pages"),
  nextCursor: z.string().nullable(),
};

/** A list item: the record, with a summary, and its card only with include=card. */
export const JobListItemSchema = JobRecordSchema.extend({
  summary: JobSummarySchema.optional().describe("Once parsed"),
  card: JobRecordSchema.shape.card.describe("Only with include=card"),
}).meta({ id: "JobListItem" });

export const ResumeListItemSchema = ResumeRecordSchema.extend({
  summary: ResumeSummarySchema.optional().describe("Once parsed"),
  card: ResumeRecordSchema.shape.card.describe("Only with include=card"),
}).meta({ id: "ResumeListItem" });

export const JobListPageSchema = z
  .object({ items: z.array(JobListItemSchema), ...listed })
  .meta({ id: "JobListPage" });
export const ResumeListPageSchema = z
  .object({ items: z.array(ResumeListItemSchema), ...listed })
  .meta({ id: "ResumeListPage" });
