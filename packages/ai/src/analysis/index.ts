import type { ResponseCache } from "../cache";
import { openAiAnalyzer } from "./openai";
import { rulesAnalyzer } from "./rules";
import type { MatchAnalyzer } from "./types";

export { AnalysisAnswerSchema } from "./answer";
export { removedLineMarker, screenCv } from "./guard";
export { type OpenAiAnalyzerOptions, openAiAnalyzer } from "./openai";
export { ruleBasedAnalysis, rulesAnalysisVersion, rulesAnalyzer } from "./rules";
export type { MatchAnalyzer } from "./types";

/** OpenAI when a key is configured, otherwise the rules provider (honest, rule-based, offline). */
export function createAnalyzer(options: {
  openaiApiKey?: string | undefined;
  baseURL?: string | undefined;
  model?: string | undefined;
  cache?: ResponseCache | undefined;
  maxRetries?: number | undefined;
}): MatchAnalyzer {
  return options.openaiApiKey
    ? openAiAnalyzer({
        apiKey: options.openaiApiKey,
        baseURL: options.baseURL,
        model: options.model,
        cache: options.cache,
        maxRetries: options.maxRetries,
      })
    : rulesAnalyzer();
}
