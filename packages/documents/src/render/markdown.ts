import type { Layout } from "./blocks";

/** Markdown: # name, ## sections, ### entries, - bullets (the sidebar of a two-column layout is not written). */
export function renderMarkdown(layout: Layout): string {
  const out: string[] = [];
  for (const block of layout.main) {
    switch (block.kind) {
      case "title":
        out.push(`# ${block.text}`, "");
        break;
      case "heading":
        out.push("", `## ${block.text}`, "");
        break;
      case "line":
        out.push(`${block.text}  `);
        break;
      case "para":
        out.push("", block.text, "");
        break;
      case "bullet":
        out.push(`- ${block.text}`);
        break;
      case "entry": {
        const [head, ...rest] = block.lines;
        out.push("", `### ${head}`, ...rest.map((l) => `*${l}*  `));
        break;
      }
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
