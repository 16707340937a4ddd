import { type JobQuery, type SimilarSkill, similarityRules } from "@futodama/core";
import type { Storage } from "@futodama/storage";
import { requirementPart } from "./texts";

type EmbeddingReads = Pick<Storage, "skillEmbeddingsOf" | "nearestSkills">;

/** A record's stored embeddings (Storage.recordEmbeddings); null when it has none. */
export type StoredEmbeddings = Awaited<ReturnType<Storage["recordEmbeddings"]>>;

const round2 = (n: number) => Math.round(n * 100) / 100;

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
  const { threshold, perRequirement } = similarityRules;
  if (perRequirement === 0 || stored === null) return query;
  const skillIds = [...new Set(query.requirements.flatMap((r) => r.skillIds))];
  const skillVectors = await storage.skillEmbeddingsOf(stored.space, skillIds);
  const requirements = await Promise.all(
    query.requirements.map(async (req) => {
      if (req.degreeRank > 0) return req;
      const own = req.skillIds.length > 0 ? req.skillIds.map((id) => skillVectors.get(id)) : [];
      const vectors = (own.length > 0 ? own : [stored.parts.get(requirementPart(req.text))]).filter(
        (v): v is number[] => v !== undefined,
      );
      if (vectors.length === 0) return req;
      const skip = new Set([...req.skillIds, ...req.relatedIds]);
      const best = new Map<string, number>();
      for (const vector of vectors) {
        const near = await storage.nearestSkills(stored.space, vector, {
          limit: perRequirement + skip.size,
          minCosine: threshold,
        });
        for (const { skillId, cosine } of near)
          if (!skip.has(skillId)) best.set(skillId, Math.max(cosine, best.get(skillId) ?? -1));
      }
      const similar: SimilarSkill[] = [...best]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, perRequirement)
        .map(([id, cosine]) => ({ id, cosine: round2(cosine) }));
      return { ...req, similar };
    }),
  );
  return { ...query, requirements };
}
