import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CuratedEntry, curatedCategories } from "./types";

const categories = new Set<string>(curatedCategories);

/** Reads codex/taxonomy/curated/*.json (arrays of entries) and checks ids, categories and links. */
export function readCurated(dir: string): CuratedEntry[] {
  const entries: CuratedEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const parsed = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of curated entries`);
    entries.push(...(parsed as CuratedEntry[]));
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entries) {
    if (!/^sk_[a-z0-9_]+$/.test(e.id ?? "")) problems.push(`bad id ${JSON.stringify(e.id)}`);
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
    if (!e.label) problems.push(`${e.id}: no label`);
    if (!categories.has(e.category)) problems.push(`${e.id}: unknown category ${e.category}`);
  }
  for (const e of entries) {
    for (const ref of [...(e.parents ?? []), ...(e.related ?? [])]) {
      if (!ids.has(ref)) problems.push(`${e.id}: links to unknown ${ref}`);
      if (ref === e.id) problems.push(`${e.id}: links to itself`);
    }
  }
  if (problems.length > 0) throw new Error(`Curated taxonomy problems:\n${problems.join("\n")}`);
  return entries;
}
