import { cleanLine, type DraftLine, type FormatResult, pushBlank, withoutTrailingBlank } from "../types";
import { decodeEntities } from "./entities";
import { decodeText } from "./text";

const blocks = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);
const cells = new Set(["td", "th"]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?>|([^<]+)|(<)/g;

/**
 * HTML → lines: script/style/head and comments removed, block elements end lines, table cells
 * are joined with " | ", h1–h6 are headings, character references decoded. No DOM: a tag
 * scanner is enough for text, and it cannot be made to run anything.
 */
export function readHtml(bytes: Uint8Array): FormatResult {
  const source = decodeText(bytes)
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<(script|style|head|noscript|template|svg|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g, " ");
  const lines: DraftLine[] = [];
  let current = "";
  let heading = 0;
  let pre = 0;
  /** Line breaks since the last text, and whether the open paragraph has had any. */
  let breaks = 0;
  let emptyParagraph = false;
  /** An empty paragraph, a second <br> in a row or an empty line in <pre>: a blank line, as DOCX gives it. */
  const blank = () => pushBlank(lines);
  const flush = () => {
    const text = cleanLine(
      current
        .split("\t")
        .map((c) => c.replace(/ +/g, " ").trim())
        .filter((c) => c !== "")
        .join(" | "),
    ).trim();
    if (text !== "" && text !== "-")
      lines.push(heading > 0 ? { text, page: 1, heading: true } : { text, page: 1 });
    current = "";
  };
  for (const match of source.matchAll(TAG)) {
    const [, closing, rawName, text, stray] = match;
    if (text !== undefined || stray !== undefined) {
      const decoded = decodeEntities(text ?? stray ?? "");
      if (decoded.trim() !== "") {
        breaks = 0;
        emptyParagraph = false;
      }
      if (pre > 0) {
        const parts = decoded.split("\n");
        parts.forEach((part, i) => {
          if (i > 0) flush();
          if (i > 0 && i < parts.length - 1 && part.trim() === "") blank();
          current += part;
        });
      } else {
        current += decoded.replace(/\s+/g, " ");
      }
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    if (cells.has(name)) {
      current += "\t";
      continue;
    }
    if (!blocks.has(name)) continue;
    flush();
    if (name === "br" && ++breaks >= 2) blank();
    if (name !== "br") breaks = 0;
    if (name === "p") {
      if (closing && emptyParagraph) blank();
      emptyParagraph = !closing;
    }
    const isHeading = /^h[1-6]$/.test(name);
    if (isHeading) heading = Math.max(0, heading + (closing ? -1 : 1));
    if (name === "pre") pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === "li" && !closing) current = "- ";
  }
  flush();
  return { lines: withoutTrailingBlank(lines), warnings: [] };
}
