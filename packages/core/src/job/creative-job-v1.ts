import * as z from "zod";
import { jobCardShape } from "./job-card-v1";

/** creative-job-v1: the job card plus the labels creative roles are judged on (DESIGN.md §6). */

export const PortfolioRequirementSchema = z.object({
  required: z.boolean().default(false),
  formats: z.array(z.string().min(1)).nullish().describe("PDF, website, reel, Behance…"),
  notes: z.string().nullish(),
});

export const CreativeDetailsSchema = z.object({
  disciplines: z.array(z.string().min(1)).default([]).describe("Art direction, copywriting, motion…"),
  tools: z.array(z.string().min(1)).default([]).describe("Figma, After Effects, Cinema 4D…"),
  portfolio: PortfolioRequirementSchema.nullish(),
  deliverables: z.array(z.string().min(1)).default([]),
  briefs: z.array(z.string().min(1)).nullish().describe("Brief or campaign descriptions"),
  agency: z.string().nullish(),
  client: z.string().nullish(),
  brands: z.array(z.string().min(1)).nullish(),
});

export const CreativeJobV1Schema = z
  .object({
    schema: z.literal("creative-job-v1"),
    ...jobCardShape,
    creative: CreativeDetailsSchema.default({ disciplines: [], tools: [], deliverables: [] }),
  })
  .meta({
    title: "Creative Job v1",
    description: "A creative role (agency, studio, in-house): the job card plus portfolio and craft labels.",
  });
export type CreativeJobV1 = z.infer<typeof CreativeJobV1Schema>;
export type CreativeJobV1Input = z.input<typeof CreativeJobV1Schema>;
