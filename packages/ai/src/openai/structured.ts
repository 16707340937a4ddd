import { isAppError, UpstreamError } from "@futodama/core";
import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { memoryCache, type ResponseCache } from "../cache";
import {
  hashMessages,
  type ModelCall,
  type ModelCallKind,
  type ModelCallListener,
  tokenUsage,
} from "../model-call";
import type { Prompt } from "../prompts";
import { defaultOpenAiModel, openAiClient, trackRetries } from "./client";
import { mapOpenAiError } from "./errors";

export interface StructuredRequest<S extends z.ZodType> {
  model: string;
  system: string;
  user: string;
  schema: S;
  /** The response format's name, as the API shows it. */
  name: string;
  cache: ResponseCache;
  /** Hash of everything that determines the answer (see cacheKey). */
  key: string;
  /** What a refusal means to a person, e.g. "The AI service refused to read this document". */
  refusal: string;
  /** What the call is for and which codex prompt asked: what its audit row says. */
  kind: ModelCallKind;
  promptVersion: string;
  /** Told of a failed call at once; a successful one is handed back for its verdict. */
  onCall?: ModelCallListener | undefined;
}

export interface StructuredAnswer<T> {
  answer: T;
  /** The call, without a verdict: the provider adds what its own check found. */
  call: ModelCall;
}

const codeOf = (error: unknown) => (isAppError(error) ? error.code : "ai.failed");

/**
 * One structured-output call (JSON validated by the zod schema), answered from the cache when
 * the same question was asked before. Rate limits and server errors become TransientError.
 */
export async function askStructured<S extends z.ZodType>(
  client: OpenAI,
  request: StructuredRequest<S>,
): Promise<StructuredAnswer<z.infer<S>>> {
  const messages = [
    { role: "system" as const, content: request.system },
    { role: "user" as const, content: request.user },
  ];
  const started = Date.now();
  const base = {
    kind: request.kind,
    provider: "openai" as const,
    model: request.model,
    promptVersion: request.promptVersion,
    inputHash: hashMessages(messages),
    verdict: null,
  };
  const cached = await request.cache.get(request.key);
  if (cached !== undefined) {
    const call: ModelCall = {
      ...base,
      usage: null,
      outcome: "ok",
      errorCode: null,
      durationMs: Date.now() - started,
      retries: 0,
      cached: true,
    };
    return { answer: cached as z.infer<S>, call };
  }
  const tracked = trackRetries(client);
  const finished = (outcome: Pick<ModelCall, "outcome" | "errorCode" | "usage">): ModelCall => ({
    ...base,
    ...outcome,
    durationMs: Date.now() - started,
    retries: tracked.retries(),
    cached: false,
  });
  let parsed: unknown;
  let usage: ModelCall["usage"] = null;
  try {
    try {
      const completion = await client.chat.completions.parse(
        {
          model: request.model,
          temperature: 0,
          messages,
          response_format: zodResponseFormat(request.schema, request.name),
        },
        { headers: tracked.headers },
      );
      usage = tokenUsage(completion.usage);
      const message = completion.choices[0]?.message;
      if (message?.refusal) throw new UpstreamError("ai.refused", request.refusal);
      parsed = message?.parsed;
    } catch (error) {
      throw mapOpenAiError(error);
    }
    if (parsed === null || parsed === undefined) {
      throw new UpstreamError("ai.empty_answer", "The AI service returned no structured answer");
    }
  } catch (error) {
    request.onCall?.(finished({ outcome: "failed", errorCode: codeOf(error), usage }));
    throw error;
  }
  await request.cache.set(request.key, parsed);
  return { answer: parsed as z.infer<S>, call: finished({ outcome: "ok", errorCode: null, usage }) };
}

/** What each structured-output provider (extraction, analysis, tailoring) is set up with. */
export interface StructuredProviderOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (tests use a fake server on 127.0.0.1). */
  baseURL?: string | undefined;
  model?: string | undefined;
  cache?: ResponseCache | undefined;
  /** The client's own retries (each provider has its default). */
  maxRetries?: number | undefined;
  timeoutMs?: number | undefined;
  /** The document is cut to this many characters before it is sent. */
  maxChars?: number | undefined;
}

/** One question of a provider: its codex prompt, the answer's schema, and what the user message says. */
export interface ProviderQuestion<S extends z.ZodType> {
  prompt: Prompt;
  schema: S;
  name: string;
  refusal: string;
  kind: ModelCallKind;
  key: string;
  user: string;
  onCall?: ModelCallListener | undefined;
}

export interface StructuredProvider {
  model: string;
  maxChars: number;
  ask<S extends z.ZodType>(question: ProviderQuestion<S>): Promise<StructuredAnswer<z.infer<S>>>;
}

/** The client, model, cache and cut every provider sets up the same way, and its `ask`. */
export function structuredProvider(
  options: StructuredProviderOptions,
  defaults: { maxRetries: number; maxChars: number },
): StructuredProvider {
  const client = openAiClient({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: options.maxRetries ?? defaults.maxRetries,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  const model = options.model ?? defaultOpenAiModel;
  const cache = options.cache ?? memoryCache();
  return {
    model,
    maxChars: options.maxChars ?? defaults.maxChars,
    ask: ({ prompt, user, ...question }) =>
      askStructured(client, {
        ...question,
        model,
        system: prompt.system,
        user,
        cache,
        promptVersion: prompt.version,
      }),
  };
}
