import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelCall } from "../src/model-call";
import { openAiVisionOcr } from "../src/openai/vision";
import { type FakeOpenAi, startFakeOpenAi } from "../src/testing/fake-openai";

/*
 * Issue 13: a vision call reports what it was (for the model-call metrics) through the real
 * `openai` client: model, tokens, the client's retries, and a failure's code — never the image.
 */
let fake: FakeOpenAi;
beforeAll(async () => {
  // A vision request's user content is a list of parts: the fake joins it as "[object Object]…".
  fake = await startFakeOpenAi([{ match: "[object Object]", answer: "Jane Doe, Copenhagen" }]);
});
afterAll(async () => {
  await fake?.stop();
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("openAiVisionOcr reports its model calls", () => {
  it("an answered call: model, usage, one client retry after a 500, no text", async () => {
    const calls: ModelCall[] = [];
    const vision = openAiVisionOcr({
      apiKey: "sk-test",
      baseURL: fake.baseURL,
      onCall: (c) => calls.push(c),
    });
    fake.failNext(500);
    const read = await vision.recognize(png);
    expect(read.text).toContain("Jane Doe");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      kind: "vision",
      provider: "openai",
      model: "gpt-4o-mini",
      promptVersion: null,
      outcome: "ok",
      errorCode: null,
      retries: 1,
      usage: { promptTokens: 100, completionTokens: 50, totalTokens: 150 },
    });
    expect(calls[0]?.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(calls)).not.toContain("Jane");
  });

  it("a call that keeps failing: outcome failed with the code, after the client's two retries", async () => {
    const calls: ModelCall[] = [];
    const vision = openAiVisionOcr({
      apiKey: "sk-test",
      baseURL: fake.baseURL,
      onCall: (c) => calls.push(c),
    });
    fake.failNext(503, 503, 503);
    await expect(vision.recognize(png)).rejects.toMatchObject({ code: "ai.unavailable" });
    expect(calls).toEqual([
      expect.objectContaining({ outcome: "failed", errorCode: "ai.unavailable", retries: 2, usage: null }),
    ]);
  });
});
