import { type LineSink, sinkBlank } from "./docx-tables";
import { attr } from "./xml";

/**
 * Word users set blocks apart in two ways: an empty paragraph (Enter twice), or paragraph spacing
 * ("6 pt after", a style's "space before"). Plain text and the PDF reader show both the same way,
 * as a blank line; this reads the second from the paragraph's own spacing, its style (with the
 * styles it is based on) and the document's defaults, so a DOCX reads as its PDF export does.
 */

/** Spacing in twips (1/20 pt); `contextual`: none between two paragraphs of the same style. */
export interface Spacing {
  before: number;
  after: number;
  contextual: boolean;
}

/**
 * Space between two paragraphs at least this wide reads as a blank line: half a line of 11–12 pt
 * text, the step the PDF reader takes for a paragraph break (1.5 lines from baseline to baseline).
 */
const BLANK_LINE_TWIPS = 120;

/** The spacing a w:pPr (or w:pPrDefault) body sets, from its w:spacing and w:contextualSpacing. */
export function spacingOf(pPr: string): Partial<Spacing> {
  const out: Partial<Spacing> = {};
  const spacing = /<w:spacing\b([^>]*)>/.exec(pPr)?.[1];
  if (spacing) {
    const before = Number(attr(spacing, "w:before"));
    const after = Number(attr(spacing, "w:after"));
    if (attr(spacing, "w:before") !== undefined && Number.isFinite(before)) out.before = before;
    if (attr(spacing, "w:after") !== undefined && Number.isFinite(after)) out.after = after;
  }
  const contextual = /<w:contextualSpacing\b([^>]*)>/.exec(pPr);
  if (contextual) out.contextual = !/w:val="(0|false)"/.test(contextual[1] ?? "");
  return out;
}

/** Each paragraph style's spacing, resolved through w:basedOn and the document defaults. */
export function styleSpacing(stylesXml: string | null): (styleId: string | undefined) => Spacing {
  const own = new Map<string, { based?: string; spacing: Partial<Spacing> }>();
  let defaultStyle: string | undefined;
  const xml = stylesXml ?? "";
  const defaults = spacingOf(/<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(xml)?.[1] ?? "");
  for (const match of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const head = match[1] ?? "";
    const id = attr(head, "w:styleId");
    if (!id || attr(head, "w:type") !== "paragraph") continue;
    const body = match[2] ?? "";
    if (/w:default="(1|true)"/.test(head)) defaultStyle = id;
    own.set(id, {
      based: attr(/<w:basedOn\b[^>]*>/.exec(body)?.[0] ?? "", "w:val"),
      spacing: spacingOf(/<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? ""),
    });
  }
  const resolved = new Map<string, Spacing>();
  const resolve = (id: string | undefined, seen: Set<string>): Spacing => {
    const base = { before: 0, after: 0, contextual: false, ...defaults };
    const style = id === undefined ? undefined : own.get(id);
    if (id === undefined || !style || seen.has(id)) return base;
    const cached = resolved.get(id);
    if (cached) return cached;
    seen.add(id);
    const spacing = { ...resolve(style.based, seen), ...style.spacing };
    resolved.set(id, spacing);
    return spacing;
  };
  return (styleId) => resolve(styleId ?? defaultStyle, new Set());
}

/** A body paragraph's spacing and style, for the space between it and its neighbours. */
export interface SpacedParagraph {
  spacing: Spacing;
  style: string | undefined;
}

/**
 * The gap between two paragraphs in a row is wide enough to read as a blank line. Word adds the
 * first's space after to the second's space before, and drops either side marked contextual when
 * both paragraphs have the same style (a list's items).
 */
function spacedApart(previous: SpacedParagraph, next: SpacedParagraph): boolean {
  const same = previous.style === next.style;
  const after = same && previous.spacing.contextual ? 0 : previous.spacing.after;
  const before = same && next.spacing.contextual ? 0 : next.spacing.before;
  return after + before >= BLANK_LINE_TWIPS;
}

/**
 * The body's paragraphs one after another (DOCX and ODT): where the space between two is wide, a
 * blank line goes above the second. A table between them resets it (its spacing is its own).
 */
export class ParagraphGaps {
  #previous: SpacedParagraph | null = null;

  paragraph(sinks: LineSink[], current: SpacedParagraph): void {
    if (this.#previous && spacedApart(this.#previous, current)) sinkBlank(sinks);
    this.#previous = current;
  }

  table(): void {
    this.#previous = null;
  }
}
