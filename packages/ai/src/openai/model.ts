/** The model every OpenAI provider uses unless configured otherwise (no SDK import: read by light modules). */
export const defaultOpenAiModel = "gpt-4o-mini";
