import * as z from "zod";

/**
 * Pieces shared by every codex card (job-card-v1, creative-job-v1, resume-card-v1). A card is
 * often a partial parse, so nearly every field is optional and nullable: `null` means "looked
 * for it, not found", an absent key means "not looked for".
 */

/** ISO 639-1 language code, lower case ("en", "da", "ar"). */
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, "Expected an ISO 639-1 code such as 'en'")
  .describe("ISO 639-1 language code");
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

export const languageLevels = [
  "A1",
  "A2",
  "B1",
  "B2",
  "C1",
  "C2",
  "basic",
  "conversational",
  "professional",
  "fluent",
  "native",
] as const;
export const LanguageLevelSchema = z.enum(languageLevels).describe("CEFR level or a plain-word level");
export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;

/** A month or a year: "2021-04" or "2021". */
export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "Expected YYYY-MM or YYYY")
  .describe("YYYY-MM or YYYY");
export type YearMonth = z.infer<typeof YearMonthSchema>;

/** A dotted path into the card, e.g. "basics.title" or "requirements.must_have[2]". */
export const FieldPathSchema = z
  .string()
  .regex(/^[a-z_][a-z0-9_]*(\[\d+\])*(\.[a-z_][a-z0-9_]*(\[\d+\])*)*$/, "Expected a dotted field path")
  .describe("Dotted path into the card, e.g. basics.title or requirements.must_have[0]");

const positionShape = {
  quote: z.string().min(1).describe("Verbatim text from the source document"),
  page: z.int().min(1).nullish().describe("1-based page number"),
  line: z.int().min(1).nullish().describe("1-based line number in the extracted text"),
  start: z.int().min(0).nullish().describe("0-based character offset where the quote starts"),
  end: z.int().min(0).nullish().describe("0-based character offset where the quote ends (exclusive)"),
};

/** A quote with its position, attached directly to one extracted value. */
export const EvidenceSpanSchema = z
  .object(positionShape)
  .meta({ id: "EvidenceSpan", description: "Quote from the source and its position" });
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

/** A quote with its position and the card field it supports. */
export const EvidenceSchema = z
  .object({ field: FieldPathSchema, ...positionShape })
  .meta({ id: "Evidence", description: "Evidence for one card field" });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const missingFieldSeverities = ["critical", "important", "optional"] as const;
export const MissingFieldSchema = z
  .object({
    field: FieldPathSchema,
    severity: z.enum(missingFieldSeverities),
    reason: z.string().min(1).describe("Why the field is missing, for a person to act on"),
  })
  .meta({ id: "MissingField", description: "A field the parser could not fill" });
export type MissingField = z.infer<typeof MissingFieldSchema>;

export const LocationSchema = z
  .object({
    city: z.string().nullish(),
    region: z.string().nullish(),
    country: z.string().nullish().describe("Country name or ISO 3166-1 alpha-2 code"),
    raw: z.string().nullish().describe("The location as written in the source"),
  })
  .meta({ id: "Location", description: "A place, as structured as the source allows" });
export type Location = z.infer<typeof LocationSchema>;

export const MetaSchema = z
  .object({
    provider: z.string().min(1).nullish().describe("Who produced the card: rules, openai, manual…"),
    parser: z.string().min(1).nullish().describe("Parser name within the provider"),
    version: z.string().min(1).nullish().describe("Parser version"),
    model: z.string().min(1).nullish().describe("LLM model id, when one was used"),
    generated_at: z.iso.datetime({ offset: true }).nullish().describe("ISO 8601 timestamp"),
    warnings: z
      .array(z.string().min(1))
      .nullish()
      .describe(
        "What a person should know: claims dropped for lack of evidence, instructions found in the document…",
      ),
  })
  .meta({ id: "Meta", description: "How the card was produced" });
export type Meta = z.infer<typeof MetaSchema>;

/** Fields every card carries besides its `schema` literal. */
export const cardCommonShape = {
  language: LanguageCodeSchema.nullish().describe("Detected language of the source document"),
  missing_fields: z.array(MissingFieldSchema).default([]),
  evidence: z.array(EvidenceSchema).default([]),
  meta: MetaSchema.nullish(),
};
