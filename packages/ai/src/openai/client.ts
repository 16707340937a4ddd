import OpenAI from "openai";

export { defaultOpenAiModel } from "./model";

export interface OpenAiClientOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (tests use a fake server on 127.0.0.1). */
  baseURL?: string | undefined;
  /** The client's own retries; workflow steps pass 0 so a 429/5xx reaches the state machine's Retry. */
  maxRetries: number;
  timeoutMs?: number | undefined;
}

/** One OpenAI client setup for every provider (extraction, vision, analysis, tailoring). */
export function openAiClient(options: OpenAiClientOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries,
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
  });
}
