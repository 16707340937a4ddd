import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../src";
import { type FakeOpenAi, startFakeOpenAi } from "../src/testing/fake-openai";

/* The embeddings client through the real `openai` SDK against the fake server on 127.0.0.1. */

const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);

describe("embeddings", () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi([]);
  });
  afterAll(() => fake.stop());

  it("are off without a key: the rules path has no embedder", () => {
    expect(createEmbedder({})).toBeNull();
  });

  it("come back in order, unit length, in the configured model and dimensions, batched", async () => {
    const embedder = createEmbedder({
      openaiApiKey: "test",
      openaiBaseUrl: fake.baseURL,
      embeddingsDimensions: 64,
    });
    expect(embedder?.space).toBe("text-embedding-3-small:64");
    const texts = Array.from({ length: 300 }, (_, i) => `skill number ${i}`);
    const vectors = (await embedder?.embed(["PostgreSQL", "Postgres", "Kubernetes", ...texts])) ?? [];
    expect(vectors).toHaveLength(303);
    for (const v of vectors) {
      expect(v).toHaveLength(64);
      expect(cosine(v, v)).toBeCloseTo(1, 6);
    }
    const [postgresql, postgres, kubernetes] = vectors as [number[], number[], number[]];
    expect(cosine(postgresql, postgres)).toBeGreaterThan(cosine(postgresql, kubernetes));
    const sent = fake.embeddingRequests.slice(-2);
    expect(sent.map((r) => (r.input as string[]).length)).toEqual([256, 47]);
    expect(sent[0]).toMatchObject({
      model: "text-embedding-3-small",
      dimensions: 64,
      encoding_format: "float",
    });
  });

  it("ask for nothing when there is nothing to embed", async () => {
    const before = fake.embeddingRequests.length;
    const embedder = createEmbedder({ openaiApiKey: "test", openaiBaseUrl: fake.baseURL });
    expect(await embedder?.embed([])).toEqual([]);
    expect(fake.embeddingRequests.length).toBe(before);
  });
});
