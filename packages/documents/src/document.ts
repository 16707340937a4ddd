import {
  documentFromLines,
  type ExtractedDocument,
  type ExtractionMethod,
  InputError,
  UnsupportedError,
} from "@futodama/core";
import { assertReadable } from "./extract";
import { readDoc } from "./formats/doc";
import { readDocx } from "./formats/docx";
import { readHtml } from "./formats/html";
import { readOdt } from "./formats/odt";
import { readRtf } from "./formats/rtf";
import { readMarkdown, readPlainText } from "./formats/text";
import { detectLanguage } from "./language";
import { assertSize, assertTextLength, Deadline, type ExtractionLimits, resolveLimits } from "./limits";
import type { DocumentOcr } from "./ocr/engine";
import { assertImageWithinLimits } from "./ocr/image";
import { lowConfidenceWarning, recognizePage } from "./ocr/run";
import { ocrPdfPages } from "./pdf/ocr";
import { readPdfText } from "./pdf/read";
import { DOC_MIME, DOCX_MIME, ODT_MIME, type SniffedType } from "./sniff";
import type { FormatResult } from "./types";

export interface ExtractOptions {
  /** Only a hint (Markdown vs plain text); the type always comes from the bytes. */
  filename?: string;
  limits?: Partial<ExtractionLimits>;
  /**
   * How scans and photos are read: `documentOcr()` from `@futodama/documents/ocr` (offline
   * tesseract, or a vision provider). Absent or false: no OCR — a scanned PDF fails with
   * document.no_text_layer, an image with document.ocr_disabled.
   */
  ocr?: false | DocumentOcr | undefined;
  signal?: AbortSignal;
}

interface Read extends FormatResult {
  method: ExtractionMethod;
  mime: string;
}

function ocrOf(option: ExtractOptions["ocr"]): DocumentOcr | null {
  return option === false || option === undefined ? null : option;
}

async function readPdf(
  bytes: Uint8Array,
  limits: ExtractionLimits,
  deadline: Deadline,
  ocr: DocumentOcr | null,
): Promise<Read> {
  const pdf = await readPdfText(bytes, limits, deadline);
  try {
    const base = { mime: "application/pdf", pages: pdf.pages };
    if (pdf.pagesWithoutText.length === 0)
      return { ...base, lines: pdf.lines, warnings: [], method: "pdf-text" };
    const allScanned = pdf.pagesWithoutText.length === pdf.pages;
    if (ocr === null) {
      if (allScanned) {
        throw new InputError(
          "document.no_text_layer",
          "The PDF has no text layer (a scan?); upload a PDF exported from Word or another editor, or a DOCX",
          { details: { pages: pdf.pages } },
        );
      }
      const warning = `Page${pdf.pagesWithoutText.length > 1 ? "s" : ""} ${pdf.pagesWithoutText.join(", ")} had no text layer and ${pdf.pagesWithoutText.length > 1 ? "were" : "was"} skipped`;
      return { ...base, lines: pdf.lines, warnings: [warning], method: "pdf-text" };
    }
    const scanned = await ocrPdfPages(pdf.pdf, pdf.pagesWithoutText, ocr, limits, deadline);
    const lines = [...pdf.lines, ...scanned.lines].sort((a, b) => a.page - b.page);
    return { ...base, lines, warnings: scanned.warnings, method: allScanned ? "ocr" : "pdf-text" };
  } finally {
    await pdf.close();
  }
}

async function readImage(
  bytes: Uint8Array,
  type: SniffedType,
  limits: ExtractionLimits,
  deadline: Deadline,
  ocr: DocumentOcr | null,
): Promise<Read> {
  assertImageWithinLimits(bytes, type, limits);
  if (ocr === null) {
    throw new UnsupportedError(
      "document.ocr_disabled",
      "The file is an image and text recognition (OCR) is switched off; upload the document as PDF, DOCX or text",
    );
  }
  const image = type === "image/png" || type === "image/jpeg" ? bytes : await deadline.race(ocr.toPng(bytes));
  const page = await deadline.race(recognizePage(ocr.provider, image, 1, deadline.signal));
  return { lines: page.lines, warnings: lowConfidenceWarning([page]), method: "ocr", mime: type };
}

async function readByType(
  bytes: Uint8Array,
  type: SniffedType,
  options: ExtractOptions,
  limits: ExtractionLimits,
  deadline: Deadline,
): Promise<Read> {
  switch (type) {
    case "application/pdf":
      return readPdf(bytes, limits, deadline, ocrOf(options.ocr));
    case DOCX_MIME:
      return { ...readDocx(bytes, limits), method: "docx", mime: type };
    case DOC_MIME:
      return { ...(await readDoc(bytes)), method: "doc", mime: type };
    case ODT_MIME:
      return { ...readOdt(bytes, limits), method: "odt", mime: type };
    case "application/rtf":
      return { ...readRtf(bytes), method: "rtf", mime: type };
    case "text/html":
      return { ...readHtml(bytes), method: "html", mime: type };
    case "text/markdown":
      return { ...readMarkdown(bytes), method: "markdown", mime: type };
    case "text/plain":
      if (/\.(md|markdown)$/i.test(options.filename ?? "")) {
        return { ...readMarkdown(bytes), method: "markdown", mime: "text/markdown" };
      }
      return { ...readPlainText(bytes), method: "plain-text", mime: type };
    case "image/png":
    case "image/jpeg":
    case "image/gif":
    case "image/webp":
      return readImage(bytes, type, limits, deadline, ocrOf(options.ocr));
    default:
      // assertReadable has already refused everything else.
      throw new UnsupportedError("document.unsupported_type", `Files of type ${type} cannot be read`);
  }
}

/**
 * Bytes → ExtractedDocument: the type is sniffed from the bytes, every limit is checked before
 * the expensive work, and every failure is a typed error whose message a recruiter can act on.
 * Text is never invented: a document with nothing readable fails with document.empty_text.
 */
export async function extractDocument(
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const limits = resolveLimits(options.limits);
  if (bytes.length === 0)
    throw new InputError("document.empty", "The file is empty (0 bytes); upload the document again");
  assertSize(bytes.length, limits);
  const type = assertReadable(bytes);
  const deadline = new Deadline(limits.timeoutMs, options.signal);
  const read = await deadline.race(readByType(bytes, type, options, limits, deadline));
  deadline.check();
  assertTextLength(
    read.lines.reduce((n, l) => n + l.text.length + 1, 0),
    limits,
  );
  const meaningful = read.lines.reduce((n, l) => n + (l.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  if (meaningful === 0) {
    throw new InputError(
      "document.empty_text",
      read.method === "ocr"
        ? "No readable text was found in the scan; upload a sharper scan, a text PDF or a DOCX"
        : "The document contains no readable text",
    );
  }
  const doc = documentFromLines(read.lines, {
    mime: read.mime,
    method: read.method,
    language: null,
    warnings: read.warnings,
  });
  return { ...doc, pages: Math.max(doc.pages, read.pages ?? 1), language: detectLanguage(doc.text) };
}
