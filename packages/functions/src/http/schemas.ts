import { CreativeJobV1Schema, JobCardV1Schema, ResumeCardV1Schema } from "@futodama/core";
import * as z from "zod";
import { pageLimit } from "./query-schemas";
import { CandidateSourceSchema, JobStatusSchema, PipelineStatusSchema } from "./stage-schemas";

/** The HTTP contract's shapes. Cards are validated by the codex schemas where they are built. */
export const ErrorBodySchema = z
  .object({
    error: z.string().describe("What went wrong, for a person"),
    code: z.string().describe("Stable dotted code, for a program (e.g. resume.not_found)"),
    details: z.unknown().optional(),
  })
  .meta({ id: "Error" });

export const StatusSchema = z
  .enum(["queued", "processing", "parsed", "failed"])
  .meta({ id: "DocumentStatus" });

const recordShape = {
  id: z.uuid(),
  documentId: z.uuid(),
  status: StatusSchema,
  title: z.string().nullable().describe("Job title or candidate name once parsed"),
  filename: z.string(),
  language: z.string().nullable(),
  error: z.string().optional().describe("Why processing failed, for a person, when status is failed"),
  errorCode: z
    .string()
    .optional()
    .describe(
      "Stable dotted code of the failure, for a program, when status is failed (document.encrypted, document.empty_text, workflow.timeout…; the list is in docs/api-contract.md#failure-codes)",
    ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const JobRecordSchema = z
  .object({
    ...recordShape,
    kind: z.literal("job"),
    jobStatus: JobStatusSchema,
    card: z
      .discriminatedUnion("schema", [JobCardV1Schema, CreativeJobV1Schema])
      .optional()
      .describe("The Job Card (job-card-v1, or creative-job-v1 for creative roles), once parsed"),
  })
  .meta({ id: "JobRecord" });

export const ResumeRecordSchema = z
  .object({
    ...recordShape,
    kind: z.literal("resume"),
    pipelineStatus: PipelineStatusSchema,
    source: CandidateSourceSchema,
    card: ResumeCardV1Schema.optional().describe("The Resume Card (resume-card-v1), once parsed"),
  })
  .meta({ id: "ResumeRecord" });

export const UploadAcceptedSchema = z
  .object({
    id: z.uuid().describe("The job or resume id to poll"),
    documentId: z.uuid(),
    status: StatusSchema,
    duplicate: z.boolean().describe("true when the same file was already uploaded (HTTP 200)"),
  })
  .meta({ id: "UploadAccepted" });

export const CreateFromTextSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "text must not be empty")
      .max(200_000, "text must be at most 200,000 characters"),
    title: z.string().trim().max(200).optional(),
  })
  .strict()
  .meta({ id: "CreateFromText" });

export const PresignRequestSchema = z
  .object({
    filename: z.string().trim().min(1).max(255),
    contentType: z.string().trim().min(1).max(255),
    size: z.number().int().positive().describe("File size in bytes"),
  })
  .strict()
  .meta({ id: "PresignRequest" });

export const PresignedUploadSchema = z
  .object({
    id: z
      .uuid()
      .describe(
        "The job or resume the file becomes: poll it like any upload (queued until the PUT lands; failed with upload.never_arrived when the URL expires unused)",
      ),
    documentId: z.uuid(),
    status: StatusSchema,
    uploadId: z.uuid(),
    method: z.literal("PUT"),
    url: z.url(),
    key: z.string(),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "PresignedUpload" });

export const IdParamsSchema = z.object({ id: z.uuid("id must be a UUID") });

export const MultipartFileSchema = z
  .object({ file: z.string().describe("The document (field name `file`)").meta({ format: "binary" }) })
  .meta({ id: "FileUpload" });

export const HealthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
export const VersionSchema = z
  .object({ env: z.string(), commit: z.string().optional() })
  .meta({ id: "Version" });

export const SkillAliasInputSchema = z
  .object({
    alias: z.string().trim().min(1).max(120).describe("The tenant's name for the skill, e.g. Navision"),
    skillId: z.string().trim().min(1).max(200).describe("A taxonomy skill id (see GET /api/codex/skills)"),
  })
  .strict()
  .meta({ id: "SkillAliasInput" });

export const SkillAliasSchema = z
  .object({ alias: z.string(), skillId: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: "SkillAlias" });

export const SkillAliasPageSchema = z
  .object({ items: z.array(SkillAliasSchema), nextCursor: z.null() })
  .meta({ id: "SkillAliasPage" });

export const AliasParamsSchema = z.object({ alias: z.string().min(1).max(120) });

export const SkillSearchQuerySchema = z
  .object({ q: z.string().trim().min(1).max(100), limit: pageLimit(100).optional() })
  .strict();

export const SkillViewSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    category: z.string(),
    source: z.string(),
    sourceLabel: z.string(),
    aliases: z.array(z.string()),
  })
  .meta({ id: "Skill" });

export const SkillPageSchema = z.object({ items: z.array(SkillViewSchema) }).meta({ id: "SkillPage" });

export const VisionResultSchema = z
  .object({
    text: z.string(),
    pages: z.number().int(),
    language: z.string().nullable(),
    method: z.string().describe("ocr, or pdf-text/docx/… when the file had a text layer"),
    provider: z.string().describe("tesseract, openai-vision:<model>, or text-layer"),
    warnings: z.array(z.string()),
  })
  .meta({ id: "VisionResult" });

export const DocsAssetParamsSchema = z.object({
  file: z.string().min(1).max(100).describe("swagger-ui-bundle.js, swagger-ui.css or docs.js"),
});
