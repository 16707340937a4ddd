import { createHash } from "node:crypto";
import type { z } from "zod";
import { cacheKey } from "../cache";
import { type MergeResult, mergeJob, mergeResume } from "../extraction/merge";
import { JobExtractionSchema, ResumeExtractionSchema } from "../extraction/schemas";
import { fenceDocument } from "../guard";
import { type ModelCallListener, verdictOf } from "../model-call";
import { type Prompt, prompts } from "../prompts";
import { type AnyJobCard, type CardEnhancer, withWarnings } from "../provider";
import { injectionWarning } from "../rules";
import { type StructuredProviderOptions, structuredProvider } from "./structured";

/** The extraction provider's setup; the client retries twice on its own (it runs inside a parse). */
export type OpenAiOptions = Omit<StructuredProviderOptions, "maxRetries">;

export function openAiEnhancer(options: OpenAiOptions): CardEnhancer {
  const provider = structuredProvider(options, { maxRetries: 2, maxChars: 60_000 });
  const { model } = provider;

  function extract<S extends z.ZodType>(
    prompt: Prompt,
    schema: S,
    name: string,
    text: string,
    onCall: ModelCallListener | undefined,
  ) {
    const doc = text.slice(0, provider.maxChars);
    const key = cacheKey([name, model, prompt.version, createHash("sha256").update(doc).digest("hex")]);
    return provider.ask({
      prompt,
      schema,
      name,
      key,
      user: `${prompt.instructions}\n\n${fenceDocument(doc)}`,
      refusal: "The AI service refused to read this document",
      kind: "extraction",
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
