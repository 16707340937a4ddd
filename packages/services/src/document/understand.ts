import type { CardEnhancer } from "@futodama/ai";
import { type CreativeJobV1, type ExtractedDocument, guessKind, type JobCardV1, parseJob, parseResume, type ResumeCardV1 } from "@futodama/core";
import type { DocumentKind } from "@futodama/storage";

/**
 * Text → card, the one code path behind the Normalize step and `futodama parse`: the
 * deterministic parser, then the enhancer (OpenAI when configured, else the rules provider).
 */
export async function buildCard(
  doc: ExtractedDocument,
  kind: DocumentKind | undefined,
  enhancer: CardEnhancer,
): Promise<ResumeCardV1 | JobCardV1 | CreativeJobV1> {
  const resolved = kind ?? guessKind(doc);
  return resolved === "job"
    ? enhancer.enhanceJob(parseJob(doc), doc.text)
    : enhancer.enhanceResume(parseResume(doc), doc.text);
}
