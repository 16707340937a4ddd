import { createHash } from "node:crypto";
import type { z } from "zod";
import { cacheKey, memoryCache, type ResponseCache } from "../cache";
import { type MergeResult, mergeJob, mergeResume } from "../extraction/merge";
import { JobExtractionSchema, ResumeExtractionSchema } from "../extraction/schemas";
import { fenceDocument } from "../guard";
import { type ModelCallListener, verdictOf } from "../model-call";
import { type Prompt, prompts } from "../prompts";
import { type AnyJobCard, type CardEnhancer, withWarnings } from "../provider";
import { injectionWarning } from "../rules";
import { defaultOpenAiModel, openAiClient } from "./client";
import { askStructured } from "./structured";

export interface OpenAiOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (tests use a fake server on 127.0.0.1). */
  baseURL?: string | undefined;
  model?: string | undefined;
  cache?: ResponseCache;
  /** Documents are cut to this many characters before they are sent. */
  maxChars?: number;
  timeoutMs?: number;
}

export function openAiEnhancer(options: OpenAiOptions): CardEnhancer {
  const client = openAiClient({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: 2,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  const model = options.model ?? defaultOpenAiModel;
  const cache = options.cache ?? memoryCache();
  const maxChars = options.maxChars ?? 60_000;

  async function extract<S extends z.ZodType>(
    prompt: Prompt,
    schema: S,
    name: string,
    text: string,
    onCall: ModelCallListener | undefined,
  ) {
    const doc = text.slice(0, maxChars);
    const key = cacheKey([name, model, prompt.version, createHash("sha256").update(doc).digest("hex")]);
    return askStructured(client, {
      model,
      system: prompt.system,
      user: `${prompt.instructions}\n\n${fenceDocument(doc)}`,
      schema,
      name,
      cache,
      key,
      refusal: "The AI service refused to read this document",
      kind: "extraction",
      promptVersion: prompt.version,
      onCall,
    });
  }

  const note = (dropped: string[]) =>
    dropped.length > 0
      ? [`${dropped.length} AI claim(s) dropped for lack of evidence: ${dropped.join(", ")}`]
      : [];

  /** The merged card, marked as produced by OpenAI with this prompt, and what a person should know. */
  function finish<C extends { meta?: { warnings?: string[] | null } | null }>(
    merged: MergeResult<C>,
    prompt: Prompt,
    text: string,
  ): C {
    const meta = { ...merged.card.meta, provider: "openai", model, parser: `deterministic+${prompt.name}` };
    return withWarnings({ ...merged.card, meta }, [...injectionWarning(text), ...note(merged.dropped)]);
  }

  return {
    name: "openai",
    model,
    async enhanceResume(card, text, onCall) {
      const x = await extract(prompts.resume, ResumeExtractionSchema, "resume_extraction", text, onCall);
      const merged = mergeResume(card, x.answer, text);
      onCall?.({ ...x.call, verdict: verdictOf(merged.checked, merged.dropped.length) });
      return finish(merged, prompts.resume, text);
    },
    async enhanceJob<C extends AnyJobCard>(card: C, text: string, onCall?: ModelCallListener): Promise<C> {
      const x = await extract(prompts.job, JobExtractionSchema, "job_extraction", text, onCall);
      const merged = mergeJob(card, x.answer, text);
      onCall?.({ ...x.call, verdict: verdictOf(merged.checked, merged.dropped.length) });
      return finish(merged, prompts.job, text);
    },
  };
}
