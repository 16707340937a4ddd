import type { CreativeJobV1, JobCardV1, ResumeCardV1 } from "@futodama/core";
import type { ModelCallListener } from "./model-call";

export type AnyJobCard = JobCardV1 | CreativeJobV1;

/**
 * The LLM port for document understanding: it improves a deterministic card. The `rules`
 * provider (offline default) keeps the deterministic card; the OpenAI provider extracts with
 * structured outputs and merges only the facts whose quotes are in the document.
 */
export interface CardEnhancer {
  readonly name: "rules" | "openai";
  readonly model: string | null;
  /** `onCall` is told of each model call made for this card (none by the rules provider). */
  enhanceResume(card: ResumeCardV1, text: string, onCall?: ModelCallListener): Promise<ResumeCardV1>;
  enhanceJob<C extends AnyJobCard>(card: C, text: string, onCall?: ModelCallListener): Promise<C>;
}

export function withWarnings<C extends { meta?: { warnings?: string[] | null } | null }>(
  card: C,
  warnings: string[],
): C {
  if (warnings.length === 0) return card;
  const existing = card.meta?.warnings ?? [];
  return { ...card, meta: { ...card.meta, warnings: [...existing, ...warnings] } };
}
