import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The README and docs/ link to each other's sections (`benchmarks.md#the-command-line`); a
 * heading renamed leaves a link that lands at the top of the page. Every relative link must name
 * a file that exists and, with an anchor, a heading that file has (GitHub's slugs).
 */
const root = resolve(import.meta.dirname, "..");
const pages = ["README.md", ...readdirSync(join(root, "docs")).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith(".md"),
);

/** GitHub's anchor for each heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const slug = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** The relative links of a page outside code: [text](target#anchor). */
function linksOf(markdown: string): Array<{ target: string; anchor: string | null }> {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] as string)
    .filter((link) => !/^[a-z]+:/i.test(link))
    .map((link) => {
      const [target = "", anchor] = link.split("#");
      return { target, anchor: anchor ?? null };
    });
}

describe("README and docs/ links", () => {
  it.each(pages)("every relative link in %s lands on a file and heading that exist", (page) => {
    const broken: string[] = [];
    for (const { target, anchor } of linksOf(readFileSync(join(root, page), "utf8"))) {
      const file = target === "" ? join(root, page) : resolve(dirname(join(root, page)), target);
      if (!existsSync(file)) broken.push(`${target} (no such file)`);
      else if (anchor && file.endsWith(".md") && !anchorsOf(readFileSync(file, "utf8")).has(anchor))
        broken.push(`${target}#${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});
