import { InputError } from "@futodama/core";
import type { ExtractionLimits } from "../limits";
import { type DraftLine, type FormatResult, unseenAfter, withoutTrailingBlank } from "../types";
import { ParagraphGaps, type Spacing } from "./docx-spacing";
import { type LineSink, sinkBlank, sinkLine, type Table, tableLines } from "./docx-tables";
import { decodeEntities } from "./entities";
import { type ParagraphStyle, paragraphLine } from "./paragraph";
import { attr, XML_TOKEN } from "./xml";
import { openPackage } from "./zip";

/**
 * OpenDocument text (.odt, LibreOffice) → lines, the way docx.ts reads Word: the same zip reader
 * and zip-bomb guard, one pass of tokens over content.xml, headers and footers from styles.xml.
 */
/** What never shows as the document's own text: tracked deletions, comments, footnote bodies. */
const SKIPPED = new Set([
  "text:tracked-changes",
  "office:annotation",
  "text:note",
  "text:notes-configuration",
]);

interface Style {
  parent: string | undefined;
  /** fo:font-weight when the style sets it: true for bold (or 600+), false for normal. */
  bold: boolean | undefined;
  outline: boolean;
  /** Paragraph spacing the style sets (fo:margin-top/bottom, in twips; style:contextual-spacing). */
  spacing: Partial<Spacing>;
}

const TWIPS_PER_UNIT: Record<string, number> = { cm: 566.93, mm: 56.693, in: 1440, pt: 20, pc: 240 };

/** An ODF length ("0.247cm", "6pt") in twips; undefined when absent or in a unit of no fixed size. */
function twips(length: string | undefined): number | undefined {
  const m = /^(-?\d*\.?\d+)(cm|mm|in|pt|pc)$/.exec(length ?? "");
  return m ? Number(m[1]) * (TWIPS_PER_UNIT[m[2] ?? ""] ?? 0) : undefined;
}

function paragraphSpacing(body: string): Partial<Spacing> {
  const props = /<style:paragraph-properties\b([^>]*)>/.exec(body)?.[1] ?? "";
  const out: Partial<Spacing> = {};
  const before = twips(attr(props, "fo:margin-top"));
  const after = twips(attr(props, "fo:margin-bottom"));
  const contextual = attr(props, "style:contextual-spacing");
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  if (contextual !== undefined) out.contextual = contextual === "true";
  return out;
}

/** Paragraph and text styles, automatic (content.xml) and named (styles.xml), by name. */
function readStyles(xml: string, into: Map<string, Style>): void {
  for (const m of xml.matchAll(/<style:style\b([^>]*?)(\/>|>([\s\S]*?)<\/style:style>)/g)) {
    const attrs = m[1] ?? "";
    const name = attr(attrs, "style:name");
    if (name === undefined) continue;
    const weight = /<style:text-properties\b[^>]*\bfo:font-weight="([^"]*)"/.exec(m[3] ?? "")?.[1];
    into.set(name, {
      parent: attr(attrs, "style:parent-style-name"),
      bold: weight === undefined ? undefined : weight === "bold" || Number(weight) >= 600,
      outline: Number(attr(attrs, "style:default-outline-level") ?? 0) > 0,
      spacing: paragraphSpacing(m[3] ?? ""),
    });
  }
  // The paragraph default style: what every paragraph style starts from.
  const defaults =
    /<style:default-style\b[^>]*style:family="paragraph"[^>]*>([\s\S]*?)<\/style:default-style>/.exec(xml);
  if (defaults) into.set(DEFAULT_STYLE, { ...noStyle, spacing: paragraphSpacing(defaults[1] ?? "") });
}

/** The key the paragraph default style is kept under (no style has this name). */
const DEFAULT_STYLE = "\u0000default";
const noStyle: Style = { parent: undefined, bold: undefined, outline: false, spacing: {} };

class Styles {
  readonly #styles = new Map<string, Style>();

  constructor(...xml: Array<string | null>) {
    for (const part of xml) if (part !== null) readStyles(part, this.#styles);
  }

  /** The style and its parents, nearest first (bounded: a parent loop is not followed). */
  #lineage(name: string | undefined): Array<[string, Style]> {
    const chain: Array<[string, Style]> = [];
    for (let at = name; at !== undefined && chain.length < 16; ) {
      const style = this.#styles.get(at);
      if (style === undefined) break;
      chain.push([at, style]);
      at = style.parent;
    }
    return chain;
  }

  bold(name: string | undefined): boolean | undefined {
    return this.#lineage(name).find(([, s]) => s.bold !== undefined)?.[1].bold;
  }

  /** The spacing a paragraph of this style gets: each side from the nearest style that sets it. */
  spacing(name: string | undefined): Spacing {
    const chain = [...this.#lineage(name), ...this.#lineage(DEFAULT_STYLE)].map(([, s]) => s.spacing);
    const nearest = <K extends keyof Spacing>(key: K) => chain.find((s) => s[key] !== undefined)?.[key];
    return {
      before: nearest("before") ?? 0,
      after: nearest("after") ?? 0,
      contextual: nearest("contextual") ?? false,
    };
  }

  /** Heading styles by their internal names, which LibreOffice does not translate. */
  heading(name: string | undefined): boolean {
    return this.#lineage(name).some(([n, s]) => s.outline || /^(Heading_20_[1-6]|Title|Subtitle)$/.test(n));
  }
}

/** A paragraph being read; a list item is one inside text:list-item. */
interface Paragraph extends ParagraphStyle {
  parts: string[];
  bold: boolean;
  /** Nothing in it at all, not even a frame or a picture: a blank line the author typed. */
  bare: boolean;
  style: string | undefined;
}

/** One part (the body, or a header) → lines; tables as docx-tables.ts reads them. */
function partToLines(xml: string, styles: Styles): DraftLine[] {
  const body: LineSink = { lines: [], styledHeading: false };
  const sinks: LineSink[] = [body];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  /** Bold of each open text:span, innermost last (undefined: the span leaves it to the paragraph). */
  const spans: Array<boolean | undefined> = [];
  let listItems = 0;
  const gaps = new ParagraphGaps();
  let skipDepth = 0;
  const pushLine = (text: string, p: Paragraph) => sinkLine(sinks, paragraphLine(text, p), p.heading);
  const write = (p: Paragraph, text: string) => {
    if (text.trim() !== "") p.bare = false;
    p.parts.push(text);
    p.chars += text.length;
    if (spans.findLast((b) => b !== undefined) ?? p.bold) p.boldChars += text.length;
  };
  for (const m of xml.matchAll(XML_TOKEN)) {
    const [, closing, name = "", attrs = "", selfClosing, text] = m;
    const p = paragraphs.at(-1);
    if (text !== undefined) {
      // ODF collapses white space in text like HTML; text:s and text:tab carry the real ones.
      if (skipDepth === 0 && p) write(p, decodeEntities(text.replace(/[ \t\r\n]+/g, " ")));
      continue;
    }
    if (SKIPPED.has(name) && !selfClosing) skipDepth += closing ? -1 : 1;
    if (skipDepth > 0 || SKIPPED.has(name)) continue;
    switch (name) {
      case "text:p":
      case "text:h": {
        if (!closing) {
          const style = attr(attrs, "text:style-name");
          const outer = paragraphs.at(-1);
          if (outer) outer.bare = false;
          paragraphs.push({
            bare: true,
            style,
            parts: [],
            heading: name === "text:h" || styles.heading(style),
            list: listItems > 0,
            bold: styles.bold(style) ?? false,
            chars: 0,
            boldChars: 0,
          });
        }
        if (!closing && !selfClosing) break;
        const done = paragraphs.pop();
        if (done && paragraphs.length === 0 && sinks.length === 1)
          gaps.paragraph(sinks, { spacing: styles.spacing(done.style), style: done.style });
        if (done?.bare) sinkBlank(sinks);
        else if (done) for (const part of done.parts.join("").split("\n")) pushLine(part, done);
        break;
      }
      case "draw:frame":
        if (p) p.bare = false;
        break;
      case "text:span":
        if (selfClosing) break;
        if (closing) spans.pop();
        else spans.push(styles.bold(attr(attrs, "text:style-name")));
        break;
      case "text:list-item":
        if (!selfClosing) listItems += closing ? -1 : 1;
        break;
      case "text:s":
        if (p) write(p, " ".repeat(Math.min(100, Number(attr(attrs, "text:c") ?? 1) || 1)));
        break;
      case "text:tab":
        if (p) write(p, "\t");
        break;
      case "text:line-break":
        if (p) p.parts.push("\n");
        break;
      case "table:table":
        if (selfClosing) break;
        if (!closing) tables.push([]);
        else {
          const done = tables.pop();
          if (done) (sinks.at(-1) ?? body).lines.push(...tableLines(done));
          if (tables.length === 0) gaps.table();
        }
        break;
      case "table:table-row":
        if (!closing && !selfClosing) tables.at(-1)?.push([]);
        break;
      case "table:table-cell": {
        if (selfClosing) break;
        // A stray cell (no row open) writes where it stands, so opening and closing stay paired.
        const row = tables.at(-1)?.at(-1);
        if (!closing) {
          const cell: LineSink = row ? { lines: [], styledHeading: false } : (sinks.at(-1) ?? body);
          row?.push(cell);
          sinks.push(cell);
        } else if (sinks.length > 1) sinks.pop();
        break;
      }
    }
  }
  return withoutTrailingBlank(body.lines);
}

/** OpenDocument text → lines: zip-bomb guard first, then headers, body (lists, tables) and footers. */
export function readOdt(bytes: Uint8Array, limits: ExtractionLimits): FormatResult {
  const { read } = openPackage(bytes, limits);
  const content = read("content.xml");
  if (content === null) {
    throw new InputError(
      "document.corrupt",
      "The OpenDocument file has no body (content.xml is missing); save it again and re-upload",
    );
  }
  const stylesXml = read("styles.xml");
  const styles = new Styles(stylesXml, content);
  const main = partToLines(content, styles);
  const unseen = unseenAfter(main);
  const pageParts = (tag: string) =>
    // A page style has a header, and maybe others for left and first pages.
    unseen(
      [
        ...(stylesXml ?? "").matchAll(
          new RegExp(`<style:(${tag}(?:-left|-first)?)(?:\\s[^>]*)?>([\\s\\S]*?)</style:\\1>`, "g"),
        ),
      ].flatMap((m) => partToLines(m[2] ?? "", styles)),
    );
  const header = pageParts("header");
  const footer = pageParts("footer");
  return { lines: [...header, ...main, ...footer], warnings: [] };
}
