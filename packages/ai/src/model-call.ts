import { createHash } from "node:crypto";

/**
 * Issue 13: what one model call was, for the audit trail and the model-call metrics — never
 * what it said. No prompt, document or answer text: the input is kept as its sha256 only.
 */
export const modelCallKinds = ["extraction", "analysis", "tailoring", "vision"] as const;
export type ModelCallKind = (typeof modelCallKinds)[number];

export interface ModelTokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/**
 * The verifier's verdict on an answer: `passed` when it kept everything the model claimed,
 * `adjusted` when it dropped some (quotes not in the CV, edits the rules refuse), `failed` when
 * it rejected the whole answer. Counts only, never the claims themselves.
 */
export interface ModelVerdict {
  result: "passed" | "adjusted" | "failed";
  checked: number;
  rejected: number;
}

export function verdictOf(checked: number, rejected: number, failed = false): ModelVerdict {
  return { result: failed ? "failed" : rejected > 0 ? "adjusted" : "passed", checked, rejected };
}

export interface ModelCall {
  kind: ModelCallKind;
  provider: "openai";
  model: string;
  /** The codex prompt's version (codex/prompts/*.json); null for vision (no codex prompt). */
  promptVersion: string | null;
  /** sha256 (hex) of the exact request messages as sent. */
  inputHash: string;
  /** As the API reported it; null when answered from the cache or when the call failed. */
  usage: ModelTokenUsage | null;
  outcome: "ok" | "failed";
  /** The stable dotted code of the failure (`ai.unavailable`, `ai.refused`…); null when ok. */
  errorCode: string | null;
  /** What the deterministic check said of the answer (see docs/audit.md); null when none ran. */
  verdict: ModelVerdict | null;
  durationMs: number;
  /** The client's own retries inside this call (a workflow's re-attempt is a call of its own). */
  retries: number;
  /** Answered from the response cache: no request was sent. */
  cached: boolean;
}

/** Told of every model call a provider makes for one piece of work (the caller audits them). */
export type ModelCallListener = (call: ModelCall) => void;

/** The API's `usage` (snake case) as the audit keeps it; null when the answer carried none. */
export function tokenUsage(
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null | undefined,
): ModelTokenUsage | null {
  if (!usage) return null;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  };
}

/** sha256 of the request messages exactly as they go over the wire. */
export function hashMessages(messages: unknown): string {
  return createHash("sha256").update(JSON.stringify(messages)).digest("hex");
}
