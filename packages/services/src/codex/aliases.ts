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
 * Taxonomy search by label or alias. Every skill is looked at (no early stop), so an exact
 * label or alias match ranks first whatever the limit (`react` finds React before the many
 * skills that merely start with "react"), then prefix matches, curated skills first in each
 * tier; then, to fill the page, skills the phrase names by meaning ("researching markets" →
 * Market research), best first.
 */
export function searchSkills(q: string, limit = 20): SkillView[] {
  const needle = q.trim().toLowerCase();
  const exact: SkillEntry[] = [];
  const prefix: SkillEntry[] = [];
  for (const skill of loadTaxonomy().skills) {
    const names = [skill.label, ...skill.aliases].map((n) => n.toLowerCase());
    if (names.includes(needle)) exact.push(skill);
    else if (names.some((n) => n.startsWith(needle))) prefix.push(skill);
  }
  const curatedFirst = (a: SkillEntry, b: SkillEntry) =>
    Number(b.source === "curated") - Number(a.source === "curated");
  const found = [...exact.sort(curatedFirst), ...prefix.sort(curatedFirst)].slice(0, limit);
  if (found.length < limit && needle !== "") {
    const ids = new Set(found.map((s) => s.id));
    const taxonomy = loadTaxonomy();
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
