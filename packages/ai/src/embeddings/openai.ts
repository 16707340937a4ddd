import { openAiClient } from "../openai/client";
import { type Embedder, embeddingSpace, unitLength } from "./types";

/** Inputs per request: the API takes up to 2,048; a CV's skills fit in one. */
const BATCH = 256;

/**
 * Embeddings through the real `openai` client (`embeddings.create`), in batches, as floats.
 * The client retries 429/5xx twice itself: embeddings are best-effort extras of a step, so the
 * caller decides what a failure costs (services/embeddings: the document still parses).
 */
export function openAiEmbedder(options: {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  dimensions: number;
}): Embedder {
  const client = openAiClient({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 2 });
  return {
    space: embeddingSpace(options.model, options.dimensions),
    dimensions: options.dimensions,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const input = texts.slice(i, i + BATCH).map((t) => t.slice(0, 8000) || " ");
        const answer = await client.embeddings.create({
          model: options.model,
          input,
          dimensions: options.dimensions,
          encoding_format: "float",
        });
        const ordered = [...answer.data].sort((a, b) => a.index - b.index);
        for (const item of ordered) out.push(unitLength(item.embedding));
      }
      return out;
    },
  };
}
