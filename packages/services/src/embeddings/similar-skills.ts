import { type JobQuery, type QueryRequirement, similarityRules } from "@futodama/core";
import type { RecordEmbeddings, Storage } from "@futodama/storage";
import { requirementPart } from "./texts";

type EmbeddingReads = Pick<Storage, "skillEmbeddingsOf" | "nearestSkills">;

/** A record's stored embeddings; null when it has none (offline, or parsed before a key was set). */
export type StoredEmbeddings = RecordEmbeddings | null;

/** One job's or CV's stored embeddings. */
export async function embeddingsOf(
  storage: Pick<Storage, "recordEmbeddings">,
  tenantId: string,
  kind: "job" | "resume",
  id: string,
): Promise<StoredEmbeddings> {
  return (await storage.recordEmbeddings(tenantId, kind, [id])).get(id) ?? null;
}

/**
 * A job's step-1 query with the skills similar to each requirement (issue 14): the embedded
 * taxonomy skills nearest the requirement's own skill (or, for a prose requirement, its text),
 * at or above the codex threshold, not already its skill or a taxonomy neighbour, the nearest
 * `similar_skills` of them. A job with no stored embeddings (offline, or parsed before a key was
 * set) gets its query back unchanged, so the rules path stays exactly as it was.
 */
export async function withSimilarSkills(
  storage: EmbeddingReads,
  stored: StoredEmbeddings,
  query: JobQuery,
): Promise<JobQuery> {
  if (stored === null) return query;
  const { threshold, perRequirement } = similarityRules;
  const own = await storage.skillEmbeddingsOf(
    stored.space,
    query.requirements.flatMap((r) => r.skillIds),
  );
  const requirements: QueryRequirement[] = [];
  for (const req of query.requirements) {
    const skip = new Set([...req.skillIds, ...req.relatedIds]);
    const vectors =
      req.degreeRank > 0
        ? []
        : req.skillIds.length > 0
          ? req.skillIds.map((id) => own.get(id))
          : [stored.parts.get(requirementPart(req.text))];
    const best = new Map<string, number>();
    for (const vector of vectors) {
      if (vector === undefined) continue;
      const options = { limit: perRequirement + skip.size, minCosine: threshold };
      for (const { skillId, cosine } of await storage.nearestSkills(stored.space, vector, options))
        if (!skip.has(skillId) && !((best.get(skillId) ?? -1) >= cosine)) best.set(skillId, cosine);
    }
    const similar = [...best]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, perRequirement)
      .map(([id, cosine]) => ({ id, cosine: Math.round(cosine * 100) / 100 }));
    requirements.push({ ...req, similar });
  }
  return { ...query, requirements };
}
