import { InputError } from "@futodama/core";
import type { ExtractionLimits } from "../limits";
import { cleanLine, type DraftLine, type FormatResult } from "../types";
import { decodeEntities } from "./entities";
import { assertZipWithinLimits, listZipEntries, readZipEntry, type ZipEntry } from "./zip";

const TOKEN = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;
const utf8 = new TextDecoder("utf-8");

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Style ids that are headings. Ids are localised (Danish Word: "Overskrift1"), names are not. */
function headingStyles(stylesXml: string | null): Set<string> {
  const ids = new Set(["Title", "Heading1", "Heading2", "Heading3", "Heading4"]);
  if (stylesXml === null) return ids;
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(match[1] ?? "", "w:styleId");
    const body = match[2] ?? "";
    const name = attr(/<w:name\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "";
    const outline = /<w:outlineLvl\b[^>]*w:val="(\d)"/.exec(body);
    if (id && (/^(heading [1-6]|title|subtitle)$/i.test(name) || (outline && Number(outline[1]) < 6)))
      ids.add(id);
  }
  return ids;
}

interface Paragraph {
  parts: string[];
  heading: boolean;
  /** A list item (w:numPr): Word draws its bullet, the text has none; we write "• " for the parser. */
  list: boolean;
  chars: number;
  boldChars: number;
}

/** WordprocessingML (one part) → lines; tables become one " | "-joined line per row. */
function partToLines(xml: string, headings: Set<string>): DraftLine[] {
  const lines: DraftLine[] = [];
  const paragraphs: Paragraph[] = [];
  const rows: string[][] = [];
  let inText = false;
  let skipDepth = 0;
  let runBold = false;
  const pushLine = (text: string, p: Paragraph) => {
    const trimmed = cleanLine(text).trim();
    if (trimmed === "") return;
    const clean = p.list && !/^[•\-–*·▪◦‣]/.test(trimmed) ? `• ${trimmed}` : trimmed;
    const bold = p.chars > 0 && p.boldChars === p.chars;
    const looksLikeTitle = bold && clean.length <= 60 && !/[.,;:]$/.test(clean);
    lines.push({
      text: clean,
      page: 1,
      ...(bold ? { bold } : {}),
      ...(p.heading || looksLikeTitle ? { heading: true } : {}),
    });
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, attrs = "", selfClosing, text] = m;
    if (text !== undefined) {
      const p = paragraphs.at(-1);
      if (inText && skipDepth === 0 && p) {
        const decoded = decodeEntities(text);
        p.parts.push(decoded);
        p.chars += decoded.length;
        if (runBold) p.boldChars += decoded.length;
      }
      continue;
    }
    if (name === "mc:Fallback" && !selfClosing) skipDepth += closing ? -1 : 1;
    if (skipDepth > 0) continue;
    const p = paragraphs.at(-1);
    switch (name) {
      case "w:p":
        if (selfClosing) break;
        if (!closing) paragraphs.push({ parts: [], heading: false, list: false, chars: 0, boldChars: 0 });
        else {
          const done = paragraphs.pop();
          if (!done) break;
          const row = rows.at(-1);
          if (row) row.push(done.parts.join("").replace(/\n/g, " "));
          else for (const part of done.parts.join("").split("\n")) pushLine(part, done);
        }
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:r":
        if (!closing) runBold = false;
        break;
      case "w:b":
        runBold = !/w:val="(0|false)"/.test(attrs);
        break;
      case "w:pStyle":
        if (p && headings.has(attr(attrs, "w:val") ?? "")) p.heading = true;
        break;
      case "w:numPr":
        if (p && !closing) p.list = true;
        break;
      case "w:outlineLvl":
        if (p && Number(attr(attrs, "w:val") ?? 9) < 6) p.heading = true;
        break;
      case "w:tab":
        if (p && !closing) p.parts.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (p) p.parts.push("\n");
        break;
      case "w:tr":
        if (selfClosing) break;
        if (!closing) rows.push([]);
        else {
          const cells = (rows.pop() ?? []).map((c) => c.replace(/\s+/g, " ").trim()).filter((c) => c !== "");
          const outer = rows.at(-1);
          if (outer) outer.push(cells.join(" | "));
          else if (cells.length > 0) lines.push({ text: cleanLine(cells.join(" | ")), page: 1 });
        }
        break;
      case "w:tc": {
        // Cells with several paragraphs: merge them into one cell.
        const row = rows.at(-1);
        if (row && !closing && !selfClosing) row.push("\u0000cell");
        if (row && closing) {
          const start = row.lastIndexOf("\u0000cell");
          if (start >= 0) row.splice(start, row.length - start, row.slice(start + 1).join(" "));
        }
        break;
      }
    }
  }
  return lines;
}

/** DOCX → lines: zip-bomb guard first, then headers, body (text boxes, tables) and footers. */
export function readDocx(bytes: Uint8Array, limits: ExtractionLimits): FormatResult {
  const entries = listZipEntries(bytes);
  assertZipWithinLimits(entries, bytes.length, limits);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const read = (name: string): string | null => {
    const entry = byName.get(name);
    return entry ? utf8.decode(readZipEntry(bytes, entry)) : null;
  };
  const body = read("word/document.xml");
  if (body === null) {
    throw new InputError(
      "document.corrupt",
      "The Word document has no body (word/document.xml is missing); save it again and re-upload",
    );
  }
  const headings = headingStyles(read("word/styles.xml"));
  const partLines = (prefix: string) =>
    entries
      .filter((e) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => partToLines(read(e.name) ?? "", headings));
  const main = partToLines(body, headings);
  const seen = new Set(main.map((l) => l.text));
  const extras = (lines: DraftLine[]) =>
    lines.filter((l) => {
      if (seen.has(l.text)) return false;
      seen.add(l.text);
      return true;
    });
  const header = extras(partLines("header"));
  const footer = extras(partLines("footer"));
  return { lines: [...header, ...main, ...footer], warnings: [] };
}
