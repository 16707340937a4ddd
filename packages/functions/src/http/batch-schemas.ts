import * as z from "zod";

/** The batch domain's HTTP shapes (issue 13): many files at once, and where they stand. */

export const MultipartFilesSchema = z
  .object({
    files: z
      .array(z.string().meta({ format: "binary" }))
      .describe("The documents (repeat the field `files`, or `file`); at most 100, 4.5 MB in all"),
  })
  .meta({ id: "FilesUpload" });

export const BatchSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(["job", "resume"]),
    source: z.enum(["api", "drop"]).describe("A batch upload through the API, or a bulk drop"),
    status: z.enum(["processing", "completed"]).describe("completed once no file is queued or processing"),
    counts: z.object({
      total: z.number().int(),
      queued: z.number().int(),
      processing: z.number().int(),
      parsed: z.number().int(),
      failed: z.number().int().describe("Refused at upload, or failed to parse"),
      duplicates: z.number().int().describe("Files uploaded before: not parsed again"),
    }),
    progress: z.number().min(0).max(1).describe("(parsed + failed + duplicates) / total"),
    failures: z
      .array(
        z.object({
          filename: z.string(),
          documentId: z.uuid().nullable(),
          code: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      )
      .describe("The failed files with their reasons (the first 100)"),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Batch" });

export const BatchExportQuerySchema = z
  .object({ format: z.enum(["csv", "json"]).default("csv").describe("csv (the default) or json") })
  .strict();

export const batchExportTypes = ["text/csv; charset=utf-8", "application/json"] as const;
