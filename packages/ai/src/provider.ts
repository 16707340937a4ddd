import type { JobCardV1, ResumeCardV1 } from "@futodama/core";

/**
 * The LLM port for document understanding: it improves a deterministic card. The `rules`
 * provider (offline default) keeps the deterministic card; the OpenAI provider extracts with
 * structured outputs and merges only the facts whose quotes are in the document.
 */
export interface CardEnhancer {
  readonly name: "rules" | "openai";
  readonly model: string | null;
  enhanceResume(card: ResumeCardV1, text: string): Promise<ResumeCardV1>;
  enhanceJob(card: JobCardV1, text: string): Promise<JobCardV1>;
}

export function withWarnings<C extends { meta?: { warnings?: string[] | null } | null }>(
  card: C,
  warnings: string[],
): C {
  if (warnings.length === 0) return card;
  const existing = card.meta?.warnings ?? [];
  return { ...card, meta: { ...card.meta, warnings: [...existing, ...warnings] } };
}
