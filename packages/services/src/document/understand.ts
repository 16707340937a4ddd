import type { CardEnhancer, ModelCallListener } from "@futodama/ai";
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

export type Card = ResumeCardV1 | JobCardV1 | CreativeJobV1;

/** A tenant's own skill name for a taxonomy skill (plain data: it crosses to a parse worker). */
export interface TenantAlias {
  alias: string;
  skillId: string;
}

/** The deterministic parse (CPU only, no I/O): what a parse worker runs off the event loop. */
export function draftCard(
  doc: ExtractedDocument,
  kind: DocumentKind | undefined,
  normalizer: Normalizer,
): Card {
  return (kind ?? guessKind(doc)) === "job"
    ? parseJob(doc, { normalizer })
    : parseResume(doc, { normalizer });
}

/** The enhancer (OpenAI when configured, else the rules provider), then the card bounded (`cardLimits`). */
export async function enhanceCard(
  draft: Card,
  text: string,
  enhancer: CardEnhancer,
  onCall?: ModelCallListener,
): Promise<Card> {
  const card =
    draft.schema === "resume-card-v1"
      ? await enhancer.enhanceResume(draft, text, onCall)
      : await enhancer.enhanceJob(draft, text, onCall);
  return boundCard(card);
}

/**
 * Text → card, the one code path behind the Normalize step and `futodama parse`: the
 * deterministic parser (with the tenant's own skill aliases), then the enhancer, then the card
 * bounded: a long document never makes a card that follows its size.
 */
export async function buildCard(
  doc: ExtractedDocument,
  kind: DocumentKind | undefined,
  enhancer: CardEnhancer,
  normalizer: Normalizer = defaultNormalizer(),
): Promise<Card> {
  return enhanceCard(draftCard(doc, kind, normalizer), doc.text, enhancer);
}

/** The taxonomy plus these aliases (the base index is shared; the alias layer is small). */
export function normalizerWith(aliases: readonly TenantAlias[]): Normalizer {
  if (aliases.length === 0) return defaultNormalizer();
  return createNormalizer(undefined, {
    tenantAliases: aliases.map((a) => ({ alias: a.alias, skillId: a.skillId })),
  });
}

/** The taxonomy plus this tenant's aliases. */
export async function normalizerFor(storage: Storage, tenantId: string): Promise<Normalizer> {
  return normalizerWith(await storage.listSkillAliases(tenantId));
}
