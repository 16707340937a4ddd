import { openAiEnhancer } from "./openai/enhancer";
import type { CardEnhancer } from "./provider";
import { rulesEnhancer } from "./rules";

export { cacheKey, memoryCache, type ResponseCache } from "./cache";
export { JobExtractionSchema, ResumeExtractionSchema } from "./extraction/schemas";
export { EvidenceChecker } from "./extraction/verify";
export { detectInjection, fenceDocument } from "./guard";
export { type OpenAiOptions, openAiEnhancer } from "./openai/enhancer";
export type { CardEnhancer } from "./provider";
export { rulesEnhancer } from "./rules";

/** OpenAI when a key is configured, otherwise the offline rules provider. */
export function createCardEnhancer(options: {
  openaiApiKey?: string | undefined;
  openaiBaseUrl?: string | undefined;
  model?: string | undefined;
}): CardEnhancer {
  return options.openaiApiKey
    ? openAiEnhancer({ apiKey: options.openaiApiKey, baseURL: options.openaiBaseUrl, model: options.model })
    : rulesEnhancer();
}
export * from "./analysis";
export { openAiVisionOcr, type VisionOcr } from "./openai/vision";
export * from "./tailoring";
