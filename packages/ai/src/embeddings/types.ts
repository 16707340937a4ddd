/**
 * Issue 14: embeddings of skills and summaries, for similarity beyond exact labels. Only the
 * OpenAI provider has them; offline there is no embedder at all (null), so the rules path stays
 * deterministic and unchanged.
 */
export interface Embedder {
  /**
   * The space the vectors live in: the model and the dimensions (`text-embedding-3-small:256`).
   * Vectors are compared only within one space; it keys every stored embedding.
   */
  readonly space: string;
  readonly dimensions: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

export interface EmbedderOptions {
  openaiApiKey?: string | undefined;
  openaiBaseUrl?: string | undefined;
  /** Default text-embedding-3-small. */
  embeddingsModel?: string | undefined;
  /** Default 256: plenty for skills and summaries, and small to store and compare. */
  embeddingsDimensions?: number | undefined;
}

export const defaultEmbeddingsModel = "text-embedding-3-small";
export const defaultEmbeddingsDimensions = 256;

/** The key stored beside each vector: model and dimensions. */
export function embeddingSpace(model: string, dimensions: number): string {
  return `${model}:${dimensions}`;
}

/** Scales a vector to length 1 (the API's are; a fallback cosine then is a dot product). */
export function unitLength(vector: readonly number[]): number[] {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  return norm === 0 ? [...vector] : vector.map((v) => v / norm);
}
