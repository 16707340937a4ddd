import type { ModelCallListener } from "./model-call";
import { defaultOpenAiModel } from "./openai/model";
import type { AnyJobCard, CardEnhancer } from "./provider";
import { rulesEnhancer } from "./rules";

/**
 * OpenAI when a key is configured, otherwise the offline rules provider. The OpenAI SDK is
 * imported on the first card it reads, so `futodama parse` without a key (and a function whose
 * secret is empty) never loads it.
 */
export function createCardEnhancer(options: {
  openaiApiKey?: string | undefined;
  openaiBaseUrl?: string | undefined;
  model?: string | undefined;
}): CardEnhancer {
  const apiKey = options.openaiApiKey;
  if (!apiKey) return rulesEnhancer();
  let loaded: Promise<CardEnhancer> | undefined;
  const openAi = () =>
    (loaded ??= import("./openai/enhancer").then(({ openAiEnhancer }) =>
      openAiEnhancer({ apiKey, baseURL: options.openaiBaseUrl, model: options.model }),
    ));
  return {
    name: "openai",
    model: options.model ?? defaultOpenAiModel,
    enhanceResume: async (card, text, onCall) => (await openAi()).enhanceResume(card, text, onCall),
    enhanceJob: async <C extends AnyJobCard>(card: C, text: string, onCall?: ModelCallListener) =>
      (await openAi()).enhanceJob(card, text, onCall),
  };
}
