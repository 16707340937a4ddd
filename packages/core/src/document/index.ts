/**
 * What extraction hands to parsing: the text in reading order, with the position of every
 * line so that evidence can point at page and line. Produced by packages/documents (PDF,
 * DOCX, DOC, ODT, HTML, plain text, OCR) and consumed by the parsers in core.
 */
export type ExtractionMethod =
  | "plain-text"
  | "markdown"
  | "html"
  | "rtf"
  | "pdf-text"
  | "docx"
  | "doc"
  | "odt"
  | "ocr"
  | "vision";

export interface ExtractedLine {
  text: string;
  /** 1-based page number (plain text is one page). */
  page: number;
  /** 1-based line number within the page, in reading order. */
  line: number;
  /** Offset of the line's first character in ExtractedDocument.text. */
  offset: number;
  /** Layout hints where the format has them (PDF, DOCX). */
  x?: number;
  y?: number;
  fontSize?: number;
  bold?: boolean;
  /** 0 for the main flow; 1.. for side columns detected on the page. */
  column?: number;
  /** A heading in the source's own markup (DOCX/HTML/Markdown heading, or a PDF line set larger/bolder). */
  heading?: boolean;
}

export interface ExtractedDocument {
  /** Every line's text joined with "\n", in reading order; pages separated by "\n\n". */
  text: string;
  lines: ExtractedLine[];
  pages: number;
  /** Media type detected from the bytes. */
  mime: string;
  method: ExtractionMethod;
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  /** Things a person should know (e.g. "page 3 had no text layer and was OCR'd"). */
  warnings: string[];
}

/** Builds an ExtractedDocument from plain lines (offsets computed here, once, for every format). */
export function documentFromLines(
  lines: Array<Omit<ExtractedLine, "offset" | "line"> & { line?: number }>,
  meta: Omit<ExtractedDocument, "text" | "lines" | "pages">,
): ExtractedDocument {
  const out: ExtractedLine[] = [];
  const parts: string[] = [];
  let offset = 0;
  let page = lines[0]?.page ?? 1;
  let lineNo = 0;
  for (const l of lines) {
    if (l.page !== page) {
      parts.push("");
      offset += 1;
      page = l.page;
      lineNo = 0;
    }
    lineNo += 1;
    out.push({ ...l, line: l.line ?? lineNo, offset });
    parts.push(l.text);
    offset += l.text.length + 1;
  }
  return { ...meta, text: parts.join("\n"), lines: out, pages: Math.max(1, page) };
}
