import { UpstreamError } from "@futodama/core";
import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import type { ResponseCache } from "../cache";
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
}

/**
 * One structured-output call (JSON validated by the zod schema), answered from the cache when
 * the same question was asked before. Rate limits and server errors become TransientError.
 */
export async function askStructured<S extends z.ZodType>(
  client: OpenAI,
  request: StructuredRequest<S>,
): Promise<z.infer<S>> {
  const cached = await request.cache.get(request.key);
  if (cached !== undefined) return cached as z.infer<S>;
  let parsed: unknown;
  try {
    const completion = await client.chat.completions.parse({
      model: request.model,
      temperature: 0,
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: request.user },
      ],
      response_format: zodResponseFormat(request.schema, request.name),
    });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new UpstreamError("ai.refused", request.refusal);
    parsed = message?.parsed;
  } catch (error) {
    throw mapOpenAiError(error);
  }
  if (parsed === null || parsed === undefined) {
    throw new UpstreamError("ai.empty_answer", "The AI service returned no structured answer");
  }
  await request.cache.set(request.key, parsed);
  return parsed as z.infer<S>;
}
