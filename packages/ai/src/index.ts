import { openAiEnhancer } from "./openai/enhancer";
import type { CardEnhancer } from "./provider";
import { rulesEnhancer } from "./rules";

export type { CardEnhancer } from "./provider";
export { rulesEnhancer } from "./rules";
export { openAiEnhancer, type OpenAiOptions } from "./openai/enhancer";
export { detectInjection, fenceDocument } from "./guard";
export { memoryCache, cacheKey, type ResponseCache } from "./cache";
export { EvidenceChecker } from "./extraction/verify";
export { ResumeExtractionSchema, JobExtractionSchema } from "./extraction/schemas";

/** OpenAI when a key is configured, otherwise the offline rules provider. */
export function createCardEnhancer(options: { openaiApiKey?: string | undefined; openaiBaseUrl?: string | undefined; model?: string | undefined }): CardEnhancer {
  return options.openaiApiKey
    ? openAiEnhancer({ apiKey: options.openaiApiKey, baseURL: options.openaiBaseUrl, model: options.model })
    : rulesEnhancer();
}
export { openAiVisionOcr, type VisionOcr } from "./openai/vision";
