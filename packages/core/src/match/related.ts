import { loadTaxonomy } from "../taxonomy/load";
import type { Taxonomy } from "../taxonomy/types";

/**
 * Taxonomy neighbours of a skill, both ways: its parents and related skills, and the skills
 * that name it as a parent or a relation (PostgreSQL earns partial credit toward SQL, and SQL
 * toward PostgreSQL).
 */
const reverse = new WeakMap<Taxonomy, Map<string, string[]>>();

function reverseLinks(taxonomy: Taxonomy): Map<string, string[]> {
  let map = reverse.get(taxonomy);
  if (map === undefined) {
    map = new Map();
    for (const skill of taxonomy.skills) {
      for (const target of [...(skill.parents ?? []), ...(skill.related ?? [])]) {
        const list = map.get(target);
        if (list === undefined) map.set(target, [skill.id]);
        else list.push(skill.id);
      }
    }
    reverse.set(taxonomy, map);
  }
  return map;
}

export function skillNeighbours(id: string, taxonomy: Taxonomy = loadTaxonomy()): string[] {
  const skill = taxonomy.skillById(id);
  const out = new Set([
    ...(skill?.parents ?? []),
    ...(skill?.related ?? []),
    ...(reverseLinks(taxonomy).get(id) ?? []),
  ]);
  out.delete(id);
  return [...out];
}

export function skillLabel(id: string, taxonomy: Taxonomy = loadTaxonomy()): string {
  return taxonomy.skillById(id)?.label ?? id;
}
