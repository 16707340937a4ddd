import * as z from "zod";
import { boundedDateTime, pageLimit } from "./query-schemas";

/** The audit domain's HTTP shapes (issue 13; docs/audit.md). */

export const AuditKindSchema = z
  .enum(["extraction", "analysis", "tailoring", "vision"])
  .meta({ id: "AuditKind" });

export const AuditEventQuerySchema = z
  .object({
    documentId: z
      .uuid()
      .optional()
      .describe("Events about this document (its extraction, and a CV's analyses and tailorings)"),
    jobId: z
      .uuid()
      .optional()
      .describe("Events about this job (its extraction, analyses against it, tailorings to it)"),
    resumeId: z.uuid().optional().describe("Events about this CV"),
    kind: AuditKindSchema.optional(),
    from: boundedDateTime.optional().describe("Events at or after this moment"),
    to: boundedDateTime.optional().describe("Events before this moment"),
    limit: pageLimit(100).optional(),
    cursor: z.string().max(500).optional(),
  })
  .strict();

const VerdictSchema = z
  .object({
    result: z
      .enum(["passed", "adjusted", "failed"])
      .describe("passed: the check kept all the model said; adjusted: it dropped some; failed: none"),
    checked: z.number().int().nonnegative().describe("Claims, quotes or edits checked"),
    rejected: z.number().int().nonnegative().describe("Of those, dropped or refused"),
  })
  .meta({ id: "AuditVerdict" });

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    kind: AuditKindSchema,
    provider: z
      .string()
      .describe("openai (the offline rules provider makes no model call and is not audited)"),
    model: z.string(),
    promptVersion: z.string().nullable().describe("The codex prompt's version (codex/prompts)"),
    inputHash: z.string().describe("sha256 (hex) of the exact request messages"),
    usage: z
      .object({
        promptTokens: z.number().int().nonnegative(),
        completionTokens: z.number().int().nonnegative(),
        totalTokens: z.number().int().nonnegative(),
      })
      .nullable()
      .describe("As the provider reported it; null when answered from the cache or when it failed"),
    outcome: z.enum(["ok", "failed"]),
    errorCode: z.string().nullable().describe("The failure's stable code (ai.unavailable…); null when ok"),
    verdict: VerdictSchema.nullable().describe("The verifier's verdict on the answer; null when none ran"),
    durationMs: z.number().int().nonnegative(),
    retries: z.number().int().nonnegative().describe("The client's retries within this call"),
    cached: z.boolean().describe("Answered from the response cache: no request was sent"),
    actor: z
      .object({ type: z.enum(["user", "system"]), id: z.string() })
      .describe("Who asked: the token's sub, or the system (`drop` for a bulk drop)"),
    subject: z.object({
      documentId: z.uuid().nullable(),
      documentKind: z.enum(["job", "resume"]).nullable(),
      jobId: z.uuid().nullable(),
      resumeId: z.uuid().nullable(),
      sessionId: z.uuid().nullable(),
      tailoringId: z.uuid().nullable(),
    }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "AuditEvent" });

export const AuditEventPageSchema = z
  .object({
    items: z.array(AuditEventSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative().describe("How many events match the filters, over all pages"),
  })
  .meta({ id: "AuditEventPage" });
