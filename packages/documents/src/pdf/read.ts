import { InputError, isAppError, TooLargeError } from "@futodama/core";
import { type getDocumentProxy, getResolvedPDFJS } from "unpdf";
import type { Deadline, ExtractionLimits } from "../limits";
import type { DraftLine } from "../types";
import { layoutPage, markHeadings, type PositionedItem } from "./layout";

export interface PdfText {
  pages: number;
  lines: DraftLine[];
  /** 1-based pages with no usable text layer (candidates for OCR). */
  pagesWithoutText: number[];
  pdf: PDFDocumentProxy;
  close(): Promise<void>;
}

export type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;
type PDFPageProxy = Awaited<ReturnType<PDFDocumentProxy["getPage"]>>;

const BOLD = /bold|black|heavy|semibold|demi/i;

function mapOpenError(error: unknown): Error {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new InputError("document.encrypted", "The PDF is password-protected; upload an unprotected copy", {
      cause: error,
    });
  }
  return new InputError(
    "document.corrupt",
    "The PDF is damaged and cannot be read; open it, save or export it again as PDF, and re-upload",
    { cause: error, details: { reason: error instanceof Error ? error.message : String(error) } },
  );
}

async function pageItems(page: PDFPageProxy): Promise<PositionedItem[]> {
  const content = await page.getTextContent();
  const height = page.view[3] ?? 0;
  const raw = content.items.filter((i) => "str" in i && i.str.trim() !== "");
  if (raw.length === 0) return [];
  // Font names (for bold) are only resolved once the page's operator list has been built.
  await page.getOperatorList();
  const bold = new Map<string, boolean>();
  const items: PositionedItem[] = [];
  for (const item of raw) {
    if (!("str" in item)) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
    if (!bold.has(item.fontName)) {
      let isBold = false;
      try {
        const font = page.commonObjs.get(item.fontName) as {
          name?: string;
          bold?: boolean;
          black?: boolean;
        } | null;
        isBold = font?.bold === true || font?.black === true || BOLD.test(font?.name ?? "");
      } catch {
        // Font not resolved: treat as regular weight.
      }
      bold.set(item.fontName, isBold);
    }
    items.push({
      text: item.str,
      x: e,
      y: height - f,
      width: item.width,
      fontSize: Math.hypot(a, b) || item.height,
      bold: bold.get(item.fontName) === true,
      rtl: item.dir === "rtl",
    });
  }
  return items;
}

/** PDF → positioned lines, page by page; pages without a text layer are reported, not guessed. */
export async function readPdfText(
  bytes: Uint8Array,
  limits: ExtractionLimits,
  deadline: Deadline,
): Promise<PdfText> {
  const { getDocument } = await getResolvedPDFJS();
  const task = getDocument({
    // pdf.js refuses a Node Buffer (what multipart uploads arrive as) and detaches what it is
    // given: hand it a plain Uint8Array copy (Buffer#slice would return a Buffer view).
    data: new Uint8Array(bytes),
    maxImageSize: limits.maxImagePixels,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const close = () => task.destroy();
  let pdf: PDFDocumentProxy;
  try {
    pdf = await deadline.race(task.promise);
  } catch (error) {
    await close();
    if (isAppError(error)) throw error;
    throw mapOpenError(error);
  }
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new TooLargeError(
        "document.too_many_pages",
        `The PDF has ${pdf.numPages} pages; the limit is ${limits.maxPages}. Upload the CV or job description on its own`,
        { details: { pages: pdf.numPages, limit: limits.maxPages } },
      );
    }
    const lines: DraftLine[] = [];
    const pagesWithoutText: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await deadline.race(pdf.getPage(n));
      const pageLines = layoutPage(await deadline.race(pageItems(page)), n);
      page.cleanup();
      if (pageLines.reduce((sum, l) => sum + l.text.replace(/\s/g, "").length, 0) < 3)
        pagesWithoutText.push(n);
      else lines.push(...pageLines);
    }
    markHeadings(lines);
    return { pages: pdf.numPages, lines, pagesWithoutText, pdf, close };
  } catch (error) {
    await close();
    if (isAppError(error)) throw error;
    throw mapOpenError(error);
  }
}
