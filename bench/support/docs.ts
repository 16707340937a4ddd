import { readFileSync, writeFileSync } from "node:fs";

/**
 * Replaces the text between `<!-- <name>:start -->` and `<!-- <name>:end -->` in a Markdown
 * file (appending a new section with both markers when absent), so a benchmark writes its
 * latest figures into the docs without touching the prose around them.
 */
export function replaceSection(file: string, name: string, body: string, heading?: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const block = `${start}\n${body.trim()}\n${end}`;
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${heading ? `${heading}\n\n` : ""}${block}\n`;
  writeFileSync(file, next);
}
