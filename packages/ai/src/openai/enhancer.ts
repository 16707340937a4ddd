import { createHash } from "node:crypto";
import { UpstreamError } from "@futodama/core";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { cacheKey, memoryCache, type ResponseCache } from "../cache";
import { type MergeResult, mergeJob, mergeResume } from "../extraction/merge";
import { JobExtractionSchema, ResumeExtractionSchema } from "../extraction/schemas";
import { fenceDocument } from "../guard";
import { type Prompt, prompts } from "../prompts";
import { type AnyJobCard, type CardEnhancer, withWarnings } from "../provider";
import { injectionWarning } from "../rules";
import { mapOpenAiError } from "./errors";

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
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 2,
    timeout: options.timeoutMs ?? 60_000,
  });
  const model = options.model ?? "gpt-4o-mini";
  const cache = options.cache ?? memoryCache();
  const maxChars = options.maxChars ?? 60_000;

  async function extract<S extends z.ZodType>(
    prompt: Prompt,
    schema: S,
    name: string,
    text: string,
  ): Promise<z.infer<S>> {
    const doc = text.slice(0, maxChars);
    const key = cacheKey([name, model, prompt.version, createHash("sha256").update(doc).digest("hex")]);
    const cached = await cache.get(key);
    if (cached !== undefined) return cached as z.infer<S>;
    let parsed: unknown;
    try {
      const completion = await client.chat.completions.parse({
        model,
        temperature: 0,
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content: `${prompt.instructions}\n\n${fenceDocument(doc)}` },
        ],
        response_format: zodResponseFormat(schema, name),
      });
      const message = completion.choices[0]?.message;
      if (message?.refusal)
        throw new UpstreamError("ai.refused", "The AI service refused to read this document");
      parsed = message?.parsed;
    } catch (error) {
      throw mapOpenAiError(error);
    }
    if (parsed === null || parsed === undefined) {
      throw new UpstreamError("ai.empty_answer", "The AI service returned no structured answer");
    }
    await cache.set(key, parsed);
    return parsed as z.infer<S>;
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
    async enhanceResume(card, text) {
      const x = await extract(prompts.resume, ResumeExtractionSchema, "resume_extraction", text);
      return finish(mergeResume(card, x, text), prompts.resume, text);
    },
    async enhanceJob<C extends AnyJobCard>(card: C, text: string): Promise<C> {
      const x = await extract(prompts.job, JobExtractionSchema, "job_extraction", text);
      return finish(mergeJob(card, x, text), prompts.job, text);
    },
  };
}
