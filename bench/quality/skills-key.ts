import { defaultNormalizer } from "../../packages/core/src/index";
import { norm } from "./normalize";

/**
 * Skills compare by canonical id when the codex taxonomy knows the skill (so "JS" and
 * "JavaScript" agree), else by normalised label. The expected cards hold labels as written;
 * they are resolved here through the same taxonomy, but only when one hit covers the whole label.
 */
let cache: Map<string, string> | null = null;

export function skillKey(name: string, id?: string | null): string {
  if (id) return `id:${id}`;
  cache ??= new Map();
  const label = norm(name);
  const known = cache.get(label);
  if (known !== undefined) return known;
  const hits = defaultNormalizer().findSkills(name);
  const whole = hits.length === 1 && hits[0] && norm(hits[0].text) === label ? hits[0] : null;
  const key = whole ? `id:${whole.id}` : `label:${label}`;
  cache.set(label, key);
  return key;
}
