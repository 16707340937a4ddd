import type { Embedder, EmbedderOptions } from "./types";
import { defaultEmbeddingsDimensions, defaultEmbeddingsModel, embeddingSpace } from "./types";

export * from "./types";

/**
 * The OpenAI embedder when a key is configured, else null: offline there are no embeddings and
 * step 1 is the rules path alone. The SDK is imported on the first call, as for the enhancer.
 */
export function createEmbedder(options: EmbedderOptions): Embedder | null {
  const apiKey = options.openaiApiKey;
  if (!apiKey) return null;
  const model = options.embeddingsModel ?? defaultEmbeddingsModel;
  const dimensions = options.embeddingsDimensions ?? defaultEmbeddingsDimensions;
  let loaded: Promise<Embedder> | undefined;
  const openAi = () =>
    (loaded ??= import("./openai").then(({ openAiEmbedder }) =>
      openAiEmbedder({ apiKey, baseURL: options.openaiBaseUrl, model, dimensions }),
    ));
  return {
    space: embeddingSpace(model, dimensions),
    dimensions,
    embed: async (texts) => (texts.length === 0 ? [] : (await openAi()).embed(texts)),
  };
}
