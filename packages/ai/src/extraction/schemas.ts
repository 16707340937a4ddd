import * as z from "zod";

/*
 * What the model is asked to return (OpenAI structured outputs, strict): every key present,
 * absent values null, and every fact paired with a verbatim `evidence` quote. Kept flatter
 * than the cards on purpose; extraction/merge.ts maps it onto them.
 */
const evidence = z.string().describe("A verbatim quote from the document supporting the value");
const claim = z.object({ value: z.string(), evidence }).nullable();
const ym = z.string().nullable().describe("YYYY-MM or YYYY as written, null if absent");

export const ResumeExtractionSchema = z.object({
  name: claim,
  email: claim,
  phone: claim,
  location: claim,
  headline: claim,
  summary: claim,
  experience: z.array(
    z.object({
      title: z.string(),
      company: z.string().nullable(),
      location: z.string().nullable(),
      start: ym,
      end: ym,
      current: z.boolean(),
      evidence,
    }),
  ),
  education: z.array(
    z.object({
      degree: z.string().nullable(),
      field: z.string().nullable(),
      institution: z.string().nullable(),
      start: ym,
      end: ym,
      evidence,
    }),
  ),
  skills: z.array(z.object({ name: z.string(), evidence })),
  languages: z.array(z.object({ language: z.string(), level: z.string().nullable(), evidence })),
  certifications: z.array(z.object({ name: z.string(), evidence })),
});
export type ResumeExtraction = z.infer<typeof ResumeExtractionSchema>;

const requirement = z.object({ text: z.string(), evidence });

export const JobExtractionSchema = z.object({
  title: claim,
  company: claim,
  location: claim,
  work_mode: z.object({ value: z.enum(["remote", "hybrid", "onsite"]), evidence }).nullable(),
  employment_type: claim,
  years_required: z.object({ value: z.number(), evidence }).nullable(),
  must_have: z.array(requirement),
  nice_to_have: z.array(requirement),
  language_requirements: z.array(
    z.object({ language: z.string(), level: z.string().nullable(), required: z.boolean(), evidence }),
  ),
  contact_email: claim,
});
export type JobExtraction = z.infer<typeof JobExtractionSchema>;
