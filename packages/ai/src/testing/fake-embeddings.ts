import { createHash } from "node:crypto";

/**
 * The fake server's `/v1/embeddings`: deterministic vectors in which texts that share words or
 * word pieces are close — each folded word and each of its character trigrams is hashed into a
 * dimension (signed), then the vector is scaled to length 1. "PostgreSQL" and "Postgres" are
 * near, "Kubernetes" and "Terraform" far. It knows no meaning: no synonym is close unless it
 * shares letters, so what it measures is the plumbing, never the quality of real embeddings.
 */
export interface EmbeddingsRequest {
  model: string;
  input: string | string[];
  dimensions?: number;
  encoding_format?: "float" | "base64";
}

function fold(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 1);
}

function slot(feature: string, dimensions: number): { at: number; sign: number } {
  const digest = createHash("sha256").update(feature).digest();
  return { at: digest.readUInt32BE(0) % dimensions, sign: (digest[4] ?? 0) & 1 ? 1 : -1 };
}

export function fakeEmbedding(text: string, dimensions = 256): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of fold(text)) {
    const add = (feature: string, weight: number) => {
      const { at, sign } = slot(feature, dimensions);
      vector[at] = (vector[at] ?? 0) + sign * weight;
    };
    add(`w:${word}`, 2);
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, 1);
  }
  const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

/** The API's answer to one request (floats, or base64 little-endian float32 as the SDK asks by default). */
export function fakeEmbeddingsAnswer(request: EmbeddingsRequest): unknown {
  const inputs = Array.isArray(request.input) ? request.input : [request.input];
  const dimensions = request.dimensions ?? 1536;
  return {
    object: "list",
    model: request.model,
    data: inputs.map((text, index) => {
      const vector = fakeEmbedding(text, dimensions);
      const embedding =
        request.encoding_format === "base64"
          ? Buffer.from(new Float32Array(vector).buffer).toString("base64")
          : vector;
      return { object: "embedding", index, embedding };
    }),
    usage: { prompt_tokens: inputs.length * 4, total_tokens: inputs.length * 4 },
  };
}
