import * as z from "zod";
import {
  cardCommonShape,
  EvidenceSpanSchema,
  LanguageCodeSchema,
  LanguageLevelSchema,
  LocationSchema,
} from "../card/shared";

/** The seed project's job card (DESIGN.md §6). zod is the source of truth; codex/ is generated. */

export const workModes = ["onsite", "hybrid", "remote", "unknown"] as const;
export type WorkMode = (typeof workModes)[number];

export const seniorityLevels = [
  "intern",
  "junior",
  "mid",
  "senior",
  "lead",
  "principal",
  "head",
  "director",
  "executive",
] as const;
export type SeniorityLevel = (typeof seniorityLevels)[number];

export const employmentTypes = [
  "full_time",
  "part_time",
  "contract",
  "freelance",
  "temporary",
  "internship",
  "apprenticeship",
  "volunteer",
  "other",
] as const;

export const requirementKinds = [
  "skill",
  "experience",
  "education",
  "certification",
  "language",
  "other",
] as const;
export type RequirementKind = (typeof requirementKinds)[number];

const money = z.number().nonnegative();

export const SalarySchema = z.object({
  min: money.nullish(),
  max: money.nullish(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Expected an ISO 4217 code such as 'EUR'")
    .nullish(),
  period: z.enum(["hour", "day", "week", "month", "year"]).nullish(),
  raw: z.string().nullish().describe("The salary as written in the source"),
});

export const ContractSchema = z.object({
  type: z.string().nullish().describe("permanent, fixed-term, framework agreement…"),
  duration: z.string().nullish().describe("As written, e.g. '6 months with option to extend'"),
  start_date: z.string().nullish().describe("ISO date or as written ('ASAP')"),
  rate: z.string().nullish().describe("Hourly/daily rate as written"),
});

export const JobBasicsSchema = z.object({
  title: z.string().max(200).nullable().describe("Job title as written; null when not found"),
  normalized_title: z.string().nullish().describe("Canonical title from the codex taxonomy"),
  seniority: z.enum(seniorityLevels).nullish(),
  company: z.string().nullish(),
  department: z.string().nullish(),
  location: LocationSchema.nullish(),
  work_mode: z.enum(workModes).nullish(),
  employment_type: z.enum(employmentTypes).nullish(),
  contract: ContractSchema.nullish(),
  salary: SalarySchema.nullish(),
});

export const RequirementSchema = z
  .object({
    text: z.string().min(1).describe("The requirement as written"),
    kind: z.enum(requirementKinds),
    skill_id: z.string().min(1).nullish().describe("Canonical skill id from the codex taxonomy"),
    years_min: z.number().nonnegative().nullish(),
    evidence: EvidenceSpanSchema.nullish(),
  })
  .meta({ id: "Requirement", description: "One requirement of the job" });
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementsSchema = z.object({
  must_have: z.array(RequirementSchema).default([]),
  nice_to_have: z.array(RequirementSchema).default([]),
});

export const CompetencyAreaSchema = z.object({
  area: z.string().min(1),
  items: z.array(z.string().min(1)).default([]),
});

export const ProcurementSchema = z
  .object({
    reference: z.string().nullish().describe("Tender or call-off reference"),
    buyer: z.string().nullish(),
    framework: z.string().nullish().describe("Framework agreement or procedure"),
    lot: z.string().nullish(),
    deadline: z.string().nullish().describe("Submission deadline, ISO date-time or as written"),
    budget: z.string().nullish().describe("Budget or ceiling as written"),
    submission: z.string().nullish().describe("Where and how to submit"),
    award_criteria: z.array(z.string()).nullish(),
  })
  .describe("Consulting and public-tender details");

export const ContactSchema = z.object({
  name: z.string().nullish(),
  email: z.email().nullish(),
  phone: z.string().nullish(),
  url: z.url().nullish(),
});

export const ProjectDetailsSchema = z.object({
  name: z.string().nullish(),
  duration: z.string().nullish(),
  start: z.string().nullish(),
  end: z.string().nullish(),
  client: z.string().nullish(),
  domain: z.string().nullish(),
});

export const LanguageRequirementSchema = z.object({
  language: LanguageCodeSchema,
  level: LanguageLevelSchema.nullish(),
  required: z.boolean().default(true),
});

/** Every field of job-card-v1 except its `schema` literal; creative-job-v1 reuses it. */
export const jobCardShape = {
  basics: JobBasicsSchema,
  overview: z
    .object({
      summary: z.string().nullish(),
      responsibilities: z.array(z.string().min(1)).default([]),
    })
    .nullish(),
  requirements: RequirementsSchema.default({ must_have: [], nice_to_have: [] }),
  competencies: z.array(CompetencyAreaSchema).nullish(),
  procurement: ProcurementSchema.nullish(),
  contact: ContactSchema.nullish(),
  project_details: ProjectDetailsSchema.nullish(),
  language_requirements: z.array(LanguageRequirementSchema).nullish(),
  years_required: z.number().nonnegative().nullish(),
  ...cardCommonShape,
};

export const JobCardV1Schema = z
  .object({ schema: z.literal("job-card-v1"), ...jobCardShape })
  .meta({ title: "Job Card v1", description: "A job description, structured and normalized by the codex." });
export type JobCardV1 = z.infer<typeof JobCardV1Schema>;
export type JobCardV1Input = z.input<typeof JobCardV1Schema>;
