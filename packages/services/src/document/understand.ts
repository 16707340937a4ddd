import type { CardEnhancer } from "@futodama/ai";
import {
  boundCard,
  type CreativeJobV1,
  createNormalizer,
  defaultNormalizer,
  type ExtractedDocument,
  guessKind,
  type JobCardV1,
  type Normalizer,
  parseJob,
  parseResume,
  type ResumeCardV1,
} from "@futodama/core";
import type { DocumentKind, Storage } from "@futodama/storage";

/**
 * Text → card, the one code path behind the Normalize step and `futodama parse`: the
 * deterministic parser (with the tenant's own skill aliases), then the enhancer (OpenAI when
 * configured, else the rules provider), then the card bounded (`cardLimits`: a long document never
 * makes a card that follows its size).
 */
export async function buildCard(
  doc: ExtractedDocument,
  kind: DocumentKind | undefined,
  enhancer: CardEnhancer,
  normalizer: Normalizer = defaultNormalizer(),
): Promise<ResumeCardV1 | JobCardV1 | CreativeJobV1> {
  const resolved = kind ?? guessKind(doc);
  const card =
    resolved === "job"
      ? await enhancer.enhanceJob(parseJob(doc, { normalizer }), doc.text)
      : await enhancer.enhanceResume(parseResume(doc, { normalizer }), doc.text);
  return boundCard(card);
}

/** The taxonomy plus this tenant's aliases (the base index is shared; the alias layer is small). */
export async function normalizerFor(storage: Storage, tenantId: string): Promise<Normalizer> {
  const aliases = await storage.listSkillAliases(tenantId);
  if (aliases.length === 0) return defaultNormalizer();
  return createNormalizer(undefined, {
    tenantAliases: aliases.map((a) => ({ alias: a.alias, skillId: a.skillId })),
  });
}
