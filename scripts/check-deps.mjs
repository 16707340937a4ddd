// The dependency rule of DESIGN.md §4, checked on every import of a workspace package.
// `core` imports no workspace package; documents/ai/storage only core; services those
// (plus the workflow's state types); functions services and types; workflow nothing;
// local wires everything; stacks only the workflow definitions and the route table.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const allowed = {
  core: { runtime: [], types: [] },
  client: { runtime: [], types: [] },
  documents: { runtime: ["core"], types: [] },
  ai: { runtime: ["core"], types: [] },
  storage: { runtime: ["core"], types: [] },
  workflow: { runtime: [], types: [] },
  services: { runtime: ["core", "documents", "ai", "storage"], types: ["workflow"] },
  functions: { runtime: ["services", "core"], types: ["storage", "workflow"] },
  local: { runtime: ["core", "documents", "ai", "storage", "services", "functions", "workflow"], types: [] },
  stacks: { runtime: ["workflow", "functions/routes"], types: ["functions/routes"] },
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mts|tsx)$/.test(name)) yield path;
  }
}

const importPattern =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']@futodama\/([\w/-]+)["']|import\(\s*["']@futodama\/([\w/-]+)["']\s*\)/gm;
const problems = [];
const scopes = [
  ...readdirSync(join(root, "packages")).map((p) => [p, join(root, "packages", p, "src")]),
  ["stacks", join(root, "stacks")],
];
for (const [owner, dir] of scopes) {
  const rule = allowed[owner];
  if (!rule) {
    problems.push(`packages/${owner}: no dependency rule; add it to scripts/check-deps.mjs`);
    continue;
  }
  let exists = true;
  try {
    statSync(dir);
  } catch {
    exists = false;
  }
  if (!exists) continue;
  for (const file of files(dir)) {
    if (owner === "stacks" && file.includes("/test/")) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(importPattern)) {
      const typeOnly = Boolean(m[2]);
      const target = m[3] ?? m[4];
      const pkg = target.split("/")[0];
      const ok =
        pkg === owner ||
        rule.runtime.includes(target) ||
        rule.runtime.includes(pkg) ||
        (typeOnly && (rule.types.includes(target) || rule.types.includes(pkg)));
      if (!ok)
        problems.push(
          `${relative(root, file)}: ${owner} may not import${typeOnly ? " type" : ""} @futodama/${target}`,
        );
    }
  }
}

if (problems.length > 0) {
  console.error(`Dependency rule broken (DESIGN.md §4):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("dependency rule: ok");
