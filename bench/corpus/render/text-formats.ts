import type { Block, Layout } from "../../../packages/documents/src/render/blocks";

export { renderMarkdown } from "../../../packages/documents/src/render/markdown";

/** Plain text and HTML writers (Markdown is the documents package's, shared with the exports). */

function bulletMark(seed: string): string {
  const marks = ["•", "-", "*", "–"];
  let hash = 0;
  for (const char of seed) hash = (hash * 33 + char.charCodeAt(0)) >>> 0;
  return marks[hash % marks.length] as string;
}

/** Reading-order lines as a person would type them; also what the "scanned" images show. */
export function plainLines(layout: Layout, seed: string): { text: string; strong: boolean }[] {
  const mark = bulletMark(seed);
  const out: { text: string; strong: boolean }[] = [];
  const blocks = [...(layout.sidebar?.blocks ?? []), ...layout.main];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        out.push({ text: block.text, strong: true });
        break;
      case "heading":
        out.push({ text: "", strong: false }, { text: block.text, strong: true });
        break;
      case "line":
        out.push({ text: block.text, strong: false });
        break;
      case "para":
        if (out.length > 0 && !out.at(-1)?.strong) out.push({ text: "", strong: false });
        out.push({ text: block.text, strong: false });
        break;
      case "bullet":
        out.push({ text: `${mark} ${block.text}`, strong: false });
        break;
      case "entry":
        out.push(...block.lines.map((text, i) => ({ text, strong: i === 0 })));
        break;
    }
  }
  return out;
}

export function renderTxt(layout: Layout, seed: string): string {
  return `${plainLines(layout, seed)
    .map((l) => l.text)
    .join("\n")}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function htmlBlocks(blocks: Block[], indent: string): string[] {
  const out: string[] = [];
  let inList = false;
  for (const block of blocks) {
    if (block.kind !== "bullet" && inList) {
      out.push(`${indent}</ul>`);
      inList = false;
    }
    switch (block.kind) {
      case "title":
        out.push(`${indent}<h1>${escapeHtml(block.text)}</h1>`);
        break;
      case "heading":
        out.push(`${indent}<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case "line":
      case "para":
        out.push(`${indent}<p>${escapeHtml(block.text)}</p>`);
        break;
      case "bullet":
        if (!inList) out.push(`${indent}<ul>`);
        inList = true;
        out.push(`${indent}  <li>${escapeHtml(block.text)}</li>`);
        break;
      case "entry": {
        const [head, ...rest] = block.lines;
        out.push(`${indent}<h3>${escapeHtml(head ?? "")}</h3>`);
        if (rest.length > 0) out.push(`${indent}<p>${rest.map(escapeHtml).join("<br>")}</p>`);
        break;
      }
    }
  }
  if (inList) out.push(`${indent}</ul>`);
  return out;
}

export function renderHtml(layout: Layout, title: string): string {
  const dir = layout.rtl ? ' dir="rtl"' : "";
  const body = layout.sidebar
    ? [
        '  <div class="page">',
        '    <aside class="sidebar">',
        ...htmlBlocks(layout.sidebar.blocks, "      "),
        "    </aside>",
        "    <main>",
        ...htmlBlocks(layout.main, "      "),
        "    </main>",
        "  </div>",
      ]
    : ["  <main>", ...htmlBlocks(layout.main, "    "), "  </main>"];
  return [
    "<!doctype html>",
    `<html lang="${layout.language}"${dir}>`,
    "<head>",
    '  <meta charset="utf-8">',
    `  <title>${escapeHtml(title)}</title>`,
    "  <style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto}h2{border-bottom:1px solid #999}</style>",
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
