import * as z from "zod";
import {
  cardCommonShape,
  EvidenceSpanSchema,
  LanguageCodeSchema,
  LanguageLevelSchema,
  LocationSchema,
  YearMonthSchema,
} from "../card/shared";

export const linkKinds = ["linkedin", "github", "website", "portfolio", "other"] as const;
export type LinkKind = (typeof linkKinds)[number];

export const LinkSchema = z.object({ kind: z.enum(linkKinds), url: z.url() });
export type Link = z.infer<typeof LinkSchema>;

export const PersonalInfoSchema = z.object({
  name: z.string().nullish(),
  email: z.email().nullish(),
  phone: z.string().nullish(),
  location: LocationSchema.nullish(),
  links: z.array(LinkSchema).default([]),
  headline: z.string().nullish(),
});

export const WorkExperienceSchema = z.object({
  title: z.string().nullish(),
  normalized_title: z.string().nullish(),
  company: z.string().nullish(),
  location: LocationSchema.nullish(),
  start: YearMonthSchema.nullish(),
  end: YearMonthSchema.nullish().describe("null while current"),
  current: z.boolean().default(false),
  bullets: z.array(z.string().min(1)).default([]),
  skills: z.array(z.string().min(1)).nullish(),
  role_confidence: z
    .number()
    .min(0)
    .max(1)
    .nullish()
    .describe(
      "How clearly the entry's header told title, employer and place apart (0-1): the margin of the best reading over the next; null when not read by the rules parser",
    ),
});
export type WorkExperience = z.infer<typeof WorkExperienceSchema>;

export const EducationSchema = z.object({
  degree: z.string().nullish(),
  field: z.string().nullish(),
  institution: z.string().nullish(),
  start: YearMonthSchema.nullish(),
  end: YearMonthSchema.nullish(),
  grade: z.string().nullish(),
});

export const SkillSchema = z.object({
  id: z.string().min(1).nullish().describe("Canonical skill id from the codex taxonomy"),
  name: z.string().min(1),
  raw: z.string().nullish().describe("The skill as written"),
  category: z.string().nullish(),
  years: z.number().nonnegative().nullish(),
  evidence: EvidenceSpanSchema.nullish(),
});
export type Skill = z.infer<typeof SkillSchema>;

export const SpokenLanguageSchema = z.object({
  language: LanguageCodeSchema,
  name: z.string().nullish().describe("The language as written"),
  level: LanguageLevelSchema.nullish(),
});

export const CertificationSchema = z.object({
  name: z.string().min(1),
  issuer: z.string().nullish(),
  date: YearMonthSchema.nullish(),
  id: z.string().nullish().describe("Credential id"),
});

export const ProjectSchema = z.object({
  name: z.string().min(1),
  description: z.string().nullish(),
  role: z.string().nullish(),
  url: z.url().nullish(),
  start: YearMonthSchema.nullish(),
  end: YearMonthSchema.nullish(),
  skills: z.array(z.string().min(1)).nullish(),
});

export const ResumeCardV1Schema = z
  .object({
    schema: z.literal("resume-card-v1"),
    personal_info: PersonalInfoSchema.default({ links: [] }),
    summary: z.string().nullish(),
    work_experience: z.array(WorkExperienceSchema).default([]),
    education: z.array(EducationSchema).default([]),
    skills: z.array(SkillSchema).default([]),
    languages: z.array(SpokenLanguageSchema).default([]),
    certifications: z.array(CertificationSchema).default([]),
    projects: z.array(ProjectSchema).nullish(),
    total_years_experience: z.number().nonnegative().nullish(),
    ...cardCommonShape,
  })
  .meta({ title: "Resume Card v1", description: "A CV/resume, structured and normalized by the codex." });
export type ResumeCardV1 = z.infer<typeof ResumeCardV1Schema>;
export type ResumeCardV1Input = z.input<typeof ResumeCardV1Schema>;
