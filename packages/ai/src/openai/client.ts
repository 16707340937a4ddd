import { randomUUID } from "node:crypto";
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

/** Tags a request so the fetch below can count its attempts; taken off before it is sent. */
const callHeader = "x-futodama-call";

/** Attempts seen per tagged call (the SDK's own `x-stainless-retry-count` of the latest one). */
const retriesByClient = new WeakMap<OpenAI, Map<string, number>>();

function countingFetch(retries: Map<string, number>): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    const call = headers.get(callHeader);
    if (call === null) return fetch(input, init);
    headers.delete(callHeader);
    retries.set(call, Number(headers.get("x-stainless-retry-count") ?? 0) || 0);
    return fetch(input, { ...init, headers });
  };
}

/** One OpenAI client setup for every provider (extraction, vision, analysis, tailoring). */
export function openAiClient(options: OpenAiClientOptions): OpenAI {
  const retries = new Map<string, number>();
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries,
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    fetch: countingFetch(retries),
  });
  retriesByClient.set(client, retries);
  return client;
}

/**
 * A tag for one call's request options, and how many times the client retried it once the call
 * is over (read once: the count is forgotten so the map never grows).
 */
export function trackRetries(client: OpenAI): { headers: Record<string, string>; retries(): number } {
  const id = randomUUID();
  const seen = retriesByClient.get(client);
  return {
    headers: { [callHeader]: id },
    retries() {
      const count = seen?.get(id) ?? 0;
      seen?.delete(id);
      return count;
    },
  };
}
