import type { ResponseCache } from "../cache";
import { openAiTailor } from "./openai";
import { rulesTailor } from "./rules";
import type { ResumeTailor } from "./types";

export { type TailorAnswer, TailorAnswerSchema } from "./answer";
export { type OpenAiTailorOptions, openAiTailor } from "./openai";
export { rulesIgnoreInstructions, rulesTailor } from "./rules";
export type { ResumeTailor, TailorRequest } from "./types";

/** Which provider createTailor picks for these settings, without building it. */
export function tailorProviderName(options: { openaiApiKey?: string | undefined }): ResumeTailor["name"] {
  return options.openaiApiKey ? "openai" : "rules";
}

/** OpenAI when a key is configured, otherwise the rules provider (offline, deterministic). */
export function createTailor(options: {
  openaiApiKey?: string | undefined;
  baseURL?: string | undefined;
  model?: string | undefined;
  cache?: ResponseCache | undefined;
  maxRetries?: number | undefined;
}): ResumeTailor {
  return options.openaiApiKey
    ? openAiTailor({
        apiKey: options.openaiApiKey,
        baseURL: options.baseURL,
        model: options.model,
        cache: options.cache,
        maxRetries: options.maxRetries,
      })
    : rulesTailor();
}
