import { defaultNormalizer, InputError, loadTaxonomy, NotFoundError, type SkillEntry } from "@futodama/core";
import type { SkillAlias } from "@futodama/storage";
import type { ServiceDeps } from "../deps";

export interface SkillView {
  id: string;
  label: string;
  category: string;
  source: string;
  sourceLabel: string;
  aliases: string[];
}

const view = (s: SkillEntry): SkillView => ({
  id: s.id,
  label: s.label,
  category: s.category,
  source: s.source,
  sourceLabel: s.sourceLabel,
  aliases: s.aliases.slice(0, 20),
});

const aliasView = (a: SkillAlias) => ({
  alias: a.alias,
  skillId: a.skillId,
  createdAt: a.createdAt.toISOString(),
});

export async function listSkillAliases(deps: ServiceDeps, tenantId: string) {
  return { items: (await deps.storage.listSkillAliases(tenantId)).map(aliasView), nextCursor: null };
}

/** A tenant's own name for a taxonomy skill; applied from the next document parsed. */
export async function putSkillAlias(
  deps: ServiceDeps,
  tenantId: string,
  input: { alias: string; skillId: string },
) {
  const skill = loadTaxonomy().skillById(input.skillId);
  if (!skill)
    throw new InputError("codex.unknown_skill", `No skill with id ${input.skillId} in the taxonomy`);
  return aliasView(await deps.storage.putSkillAlias(tenantId, input.alias, skill.id));
}

export async function deleteSkillAlias(deps: ServiceDeps, tenantId: string, alias: string): Promise<void> {
  if (!(await deps.storage.deleteSkillAlias(tenantId, alias))) {
    throw new NotFoundError("codex.alias_not_found", `No alias "${alias}" for this tenant`);
  }
}

/**
 * Taxonomy search by label or alias: exact canonical hits first, then label/alias prefix matches,
 * then (to fill the page) skills the phrase names by meaning ("researching markets" → Market
 * research), best first.
 */
export function searchSkills(q: string, limit = 20): SkillView[] {
  const taxonomy = loadTaxonomy();
  const needle = q.trim().toLowerCase();
  const hits: SkillEntry[] = [];
  for (const skill of taxonomy.skills) {
    const label = skill.label.toLowerCase();
    if (label === needle || skill.aliases.some((a) => a.toLowerCase() === needle)) hits.unshift(skill);
    else if (label.startsWith(needle) || skill.aliases.some((a) => a.toLowerCase().startsWith(needle)))
      hits.push(skill);
    if (hits.length >= limit * 4) break;
  }
  const curatedFirst = [...hits].sort(
    (a, b) => Number(b.source === "curated") - Number(a.source === "curated"),
  );
  const found = curatedFirst.slice(0, limit);
  if (found.length < limit && needle !== "") {
    const ids = new Set(found.map((s) => s.id));
    for (const suggestion of defaultNormalizer().suggestSkills(q, limit)) {
      const skill = taxonomy.skillById(suggestion.id);
      if (skill && !ids.has(skill.id) && found.length < limit) {
        ids.add(skill.id);
        found.push(skill);
      }
    }
  }
  return found.map(view);
}
