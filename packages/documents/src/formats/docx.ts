import { InputError } from "@futodama/core";
import type { ExtractionLimits } from "../limits";
import { type DraftLine, type FormatResult, unseenAfter, withoutTrailingBlank } from "../types";
import { ParagraphGaps, type Spacing, spacingOf, styleSpacing } from "./docx-spacing";
import { type LineSink, sinkBlank, sinkLine, type Table, tableLines } from "./docx-tables";
import { decodeEntities } from "./entities";
import { type ParagraphStyle, paragraphLine } from "./paragraph";
import { attr, XML_TOKEN } from "./xml";
import { openPackage } from "./zip";

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

/** What styles.xml says of paragraph styles: which are headings, and the spacing each gives. */
interface Styles {
  headings: Set<string>;
  spacing: (styleId: string | undefined) => Spacing;
}

/** A paragraph being read; a list item is one with w:numPr. */
interface Paragraph extends ParagraphStyle {
  parts: string[];
  /** Where its hyperlinks lead (an e-mail, a LinkedIn profile), which the text may not show. */
  links: string[];
  /** Nothing in it at all, not even a text box, picture or prompt: a blank line the author typed. */
  bare: boolean;
  /** Its style (w:pStyle) and the spacing it sets itself (w:pPr), which override the style's. */
  style?: string;
  spacing: Partial<Spacing>;
}

/**
 * A part's external hyperlinks by relationship id, as the text a CV would show: "mailto:x" → "x".
 * A template's "LinkedIn" or "Email me" keeps its address only here.
 */
function hyperlinkTargets(relsXml: string | null): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of (relsXml ?? "").matchAll(/<Relationship\b([^>]*)>/g)) {
    const attrs = match[1] ?? "";
    const id = attr(attrs, "Id");
    const target = decodeEntities(attr(attrs, "Target") ?? "");
    if (!id || !/\/hyperlink"/.test(attrs)) continue;
    if (/^mailto:/i.test(target)) links.set(id, target.slice(7).replace(/\?.*$/, ""));
    else if (/^https?:\/\//i.test(target)) links.set(id, target);
  }
  return links;
}

/** The paragraph already shows the address (perhaps without its scheme, "www." or final "/"). */
function shows(text: string, link: string): boolean {
  const bare = link
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/\/$/, "")
    .toLowerCase();
  return text.toLowerCase().includes(bare);
}

/** A content control (w:sdt): Microsoft's templates wrap every field in one. */
interface ContentControl {
  /** Still showing its prompt ("[Your name]", "Click here to enter text"): no text of the CV's. */
  placeholder: boolean;
}

/** Symbol-font bullets (w:sym, a private-use code in Symbol or Wingdings): • ▪ ➢ ✓ ◆ ○ ■ ➔. */
const SYMBOL_BULLETS = new Set("F0B7 F0A7 F0D8 F0FC F076 F06F F06E F0E8 F09F F0A8".split(" "));

function symbolText(attrs: string): string {
  const code = (attr(attrs, "w:char") ?? "").toUpperCase();
  if (SYMBOL_BULLETS.has(code)) return "•";
  const point = Number.parseInt(code, 16);
  return Number.isNaN(point) || (point >= 0xf000 && point <= 0xf0ff) ? "" : String.fromCodePoint(point);
}

/** A paragraph with nothing read into it yet. */
function emptyParagraph(bare: boolean): Paragraph {
  return { parts: [], heading: false, list: false, chars: 0, boldChars: 0, links: [], bare, spacing: {} };
}

/** The line of a hyperlink's address: no heading, no bold, no bullet. */
const plain = emptyParagraph(false);

/** WordprocessingML (one part) → lines; tables as docx-tables.ts reads them. */
function partToLines(xml: string, styles: Styles, links: Map<string, string>): DraftLine[] {
  const { headings } = styles;
  const body: LineSink = { lines: [], styledHeading: false };
  const sinks: LineSink[] = [body];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  const controls: ContentControl[] = [];
  let inText = false;
  let skipDepth = 0;
  let placeholderDepth = 0;
  let runBold = false;
  const gaps = new ParagraphGaps();
  const pushLine = (text: string, p: Paragraph) => sinkLine(sinks, paragraphLine(text, p), p.heading);
  const addText = (p: Paragraph | undefined, text: string) => {
    if (p && text.trim() !== "") p.bare = false;
    if (!p || placeholderDepth > 0) return;
    p.parts.push(text);
    p.chars += text.length;
    if (runBold) p.boldChars += text.length;
  };
  for (const m of xml.matchAll(XML_TOKEN)) {
    const [, closing, name, attrs = "", selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && skipDepth === 0) addText(paragraphs.at(-1), decodeEntities(text));
      continue;
    }
    // A text box is saved twice: as DrawingML (mc:Choice) and as VML (mc:Fallback); read it once.
    if (name === "mc:Fallback" && !selfClosing) skipDepth += closing ? -1 : 1;
    if (skipDepth > 0) continue;
    const p = paragraphs.at(-1);
    const opening = !closing && !selfClosing;
    switch (name) {
      case "w:p":
        if (selfClosing) {
          if (p) p.bare = false;
          else if (placeholderDepth === 0) sinkBlank(sinks);
          break;
        }
        if (!closing) {
          if (p) p.bare = false;
          paragraphs.push(emptyParagraph(placeholderDepth === 0));
        } else {
          const done = paragraphs.pop();
          if (!done) break;
          const text = done.parts.join("");
          if (paragraphs.length === 0 && sinks.length === 1)
            gaps.paragraph(sinks, {
              spacing: { ...styles.spacing(done.style), ...done.spacing },
              style: done.style,
            });
          if (done.bare && text.trim() === "") sinkBlank(sinks);
          for (const part of text.split("\n")) pushLine(part, done);
          for (const link of done.links.filter((l) => !shows(text, l))) pushLine(link, plain);
        }
        break;
      case "w:t":
        inText = opening;
        break;
      case "w:r":
        if (!closing) runBold = false;
        break;
      case "w:b":
        runBold = !/w:val="(0|false)"/.test(attrs);
        break;
      case "w:pStyle":
        if (p) p.style = attr(attrs, "w:val");
        if (p && headings.has(attr(attrs, "w:val") ?? "")) p.heading = true;
        break;
      case "w:spacing":
      case "w:contextualSpacing":
        if (p && !closing) Object.assign(p.spacing, spacingOf(`<${name}${attrs}>`));
        break;
      case "w:numPr":
        if (p && !closing) p.list = true;
        break;
      case "w:outlineLvl":
        if (p && Number(attr(attrs, "w:val") ?? 9) < 6) p.heading = true;
        break;
      case "w:drawing":
      case "w:pict":
      case "w:object":
        if (p) p.bare = false;
        break;
      case "w:tab":
        if (p && !closing) p.parts.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (p) p.parts.push("\n");
        break;
      case "w:hyperlink": {
        const link = links.get(attr(attrs, "r:id") ?? "");
        if (p && link && opening && placeholderDepth === 0 && !p.links.includes(link)) p.links.push(link);
        break;
      }
      case "w:noBreakHyphen":
        if (!closing) addText(p, "-");
        break;
      case "w:sym":
        if (!closing) addText(p, symbolText(attrs));
        break;
      case "w:sdt":
        if (opening) controls.push({ placeholder: false });
        else if (closing) controls.pop();
        break;
      case "w:showingPlcHdr": {
        const control = controls.at(-1);
        if (control && !closing && !/w:val="(0|false)"/.test(attrs)) control.placeholder = true;
        break;
      }
      case "w:sdtContent": {
        const control = controls.at(-1);
        if (!control?.placeholder || selfClosing) break;
        placeholderDepth += opening ? 1 : -1;
        break;
      }
      case "w:tbl":
        if (opening) tables.push([]);
        else if (closing) {
          const done = tables.pop();
          if (done) (sinks.at(-1) ?? body).lines.push(...tableLines(done));
          if (tables.length === 0) gaps.table();
        }
        break;
      case "w:tr":
        if (opening) tables.at(-1)?.push([]);
        break;
      case "w:tc": {
        // A stray cell (no row open) writes where it stands, so opening and closing stay paired.
        const row = tables.at(-1)?.at(-1);
        if (opening) {
          const cell: LineSink = row ? { lines: [], styledHeading: false } : (sinks.at(-1) ?? body);
          row?.push(cell);
          sinks.push(cell);
        } else if (closing && sinks.length > 1) sinks.pop();
        break;
      }
    }
  }
  return withoutTrailingBlank(body.lines);
}

/** DOCX → lines: zip-bomb guard first, then headers, body (text boxes, tables) and footers. */
export function readDocx(bytes: Uint8Array, limits: ExtractionLimits): FormatResult {
  const { entries, read } = openPackage(bytes, limits);
  const body = read("word/document.xml");
  if (body === null) {
    throw new InputError(
      "document.corrupt",
      "The Word document has no body (word/document.xml is missing); save it again and re-upload",
    );
  }
  const stylesXml = read("word/styles.xml");
  const styles: Styles = { headings: headingStyles(stylesXml), spacing: styleSpacing(stylesXml) };
  const linksOf = (name: string) => hyperlinkTargets(read(`${name.replace(/^word\//, "word/_rels/")}.rels`));
  const partLines = (prefix: string) =>
    entries
      .filter((e) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => partToLines(read(e.name) ?? "", styles, linksOf(e.name)));
  const main = partToLines(body, styles, linksOf("word/document.xml"));
  const unseen = unseenAfter(main);
  const header = unseen(partLines("header"));
  const footer = unseen(partLines("footer"));
  return { lines: [...header, ...main, ...footer], warnings: [] };
}
