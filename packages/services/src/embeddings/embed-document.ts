import { withWarnings } from "@futodama/ai";
import type { ServiceDeps } from "../deps";
import { embeddingPlan, skillText } from "./texts";

/**
 * Normalize's embeddings (issue 14, only with an OpenAI key): the document's taxonomy skills not
 * embedded yet (shared, never re-embedded), its summary and, for a job, its prose requirements.
 * They are extras: when the embeddings API fails the document still parses, and its card says
 * so in `meta.warnings` (step 1 then has no similarity for it).
 */
export async function embedDocument<C extends { meta?: { warnings?: string[] | null } | null }>(
  deps: Pick<ServiceDeps, "storage" | "embedder">,
  doc: { tenantId: string; documentId: string; kind: "job" | "resume" },
  card: C,
): Promise<C> {
  const embedder = deps.embedder;
  if (!embedder) return card;
  try {
    const plan = embeddingPlan(doc.kind, card);
    const known = await deps.storage.skillEmbeddingsOf(embedder.space, plan.skillIds);
    const missing = plan.skillIds.filter((id) => !known.has(id));
    const vectors = await embedder.embed([...missing.map(skillText), ...plan.parts.map((p) => p.text)]);
    const skills = missing.map((skillId, i) => ({ skillId, embedding: vectors[i] ?? [] }));
    await deps.storage.saveSkillEmbeddings(embedder.space, skills);
    const parts = plan.parts.map((p, i) => ({ part: p.part, embedding: vectors[missing.length + i] ?? [] }));
    await deps.storage.saveDocumentEmbeddings(doc.tenantId, doc.documentId, embedder.space, parts);
    return card;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return withWarnings(card, [
      `Embeddings unavailable (${reason}): step 1 compares this document without similarity`,
    ]);
  }
}
