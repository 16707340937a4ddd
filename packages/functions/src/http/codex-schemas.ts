import * as z from "zod";

/** The codex domain's HTTP shapes: taxonomy search, tenant aliases, the card schemas. */

export const CodexEntrySchema = z
  .object({
    id: z.string().describe("The schema's stable name, e.g. resume-card-v1 (also the card's `schema` field)"),
    version: z.string().describe("Semantic version of the schema"),
    title: z.string().optional(),
    description: z.string(),
    schemaUrl: z.string().describe("Where its JSON Schema is served"),
  })
  .meta({ id: "CodexEntry" });

export const CodexCataloguePageSchema = z
  .object({ items: z.array(CodexEntrySchema) })
  .meta({ id: "CodexCatalogue" });

export const CodexIdParamsSchema = z.object({
  id: z.string().min(1).max(100).describe("A schema name from GET /api/codex, e.g. job-card-v1"),
});

export const JsonSchemaDocumentSchema = z
  .record(z.string(), z.unknown())
  .describe("A JSON Schema (draft 2020-12) document")
  .meta({ id: "JsonSchemaDocument" });
