import type { Deadline, ExtractionLimits } from "../limits";
import type { DocumentOcr } from "../ocr/engine";
import { lowConfidenceWarning, type OcrPage, recognizePage } from "../ocr/run";
import type { DraftLine } from "../types";
import type { PDFDocumentProxy } from "./read";

/** ~180 DPI: enough for 10 pt CV text, small enough to OCR a page in a second or two. */
const RENDER_SCALE = 2.5;

/**
 * Renders the listed pages (at most `maxOcrPages`) and OCRs them. Pages beyond the limit are
 * skipped with a warning (`document.ocr_page_limit` is a warning, not an error).
 */
export async function ocrPdfPages(
  pdf: PDFDocumentProxy,
  pageNumbers: number[],
  ocr: DocumentOcr,
  limits: ExtractionLimits,
  deadline: Deadline,
): Promise<{ lines: DraftLine[]; warnings: string[] }> {
  const chosen = pageNumbers.slice(0, limits.maxOcrPages);
  const skipped = pageNumbers.slice(limits.maxOcrPages);
  const pages: OcrPage[] = [];
  for (const n of chosen) {
    const png = await deadline.race(ocr.renderPdfPage(pdf, n, RENDER_SCALE));
    pages.push(await deadline.race(recognizePage(ocr.provider, png, n, deadline.signal, RENDER_SCALE)));
  }
  const warnings = [
    `Page${chosen.length > 1 ? "s" : ""} ${chosen.join(", ")} had no text layer and ${chosen.length > 1 ? "were" : "was"} read by OCR`,
    ...lowConfidenceWarning(pages),
  ];
  if (skipped.length > 0) {
    warnings.push(
      `Only the first ${limits.maxOcrPages} scanned pages were read (OCR page limit); page${skipped.length > 1 ? "s" : ""} ${skipped.join(", ")} ${skipped.length > 1 ? "were" : "was"} skipped`,
    );
  }
  return { lines: pages.flatMap((p) => p.lines), warnings };
}
