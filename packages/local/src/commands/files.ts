import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder, recursively, hidden ones skipped, in a stable order. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}
