import { Document, Packer, Paragraph, TextRun } from "docx";
import { imageSize } from "../../packages/documents/src/ocr/image";
import type { Layout } from "../../packages/documents/src/render/blocks";
import { renderDocx } from "../../packages/documents/src/render/docx";
import { renderPdf, startPdf } from "../../packages/documents/src/render/pdf";

/**
 * A real CV as the file a person would upload. The corpus holds text; people send PDF and Word.
 * Each of the text's lines becomes a line of the document, set by the documents package's own
 * writers: in a PDF (A4, 10 pt) a long line wraps at the margin and an empty line is an empty
 * line's height of space; in a DOCX each line is a paragraph and an empty line an empty one. The
 * reader then has to rebuild what the text said plainly: where a paragraph ends, which rows one
 * line wrapped into. `docx-spaced` is the DOCX as Word's styles build it: no empty paragraphs, a
 * block's last line spaced 12 pt from the next (w:spacing w:after).
 *
 * A scan is the CV printed and scanned: an image-only PDF, page by page, read back through OCR.
 *
 * `txt-collapsed` is the text with every run of spaces collapsed to one, as a web form, a
 * spreadsheet cell or a data pipeline leaves it: a flattened CV then keeps no gap where its lines
 * broke. The labels are scored by their words, so they still score it.
 */

export const realFormats = ["txt", "txt-collapsed", "pdf", "docx", "docx-spaced", "scan"] as const;
export type RealFormat = (typeof realFormats)[number];

export function parseFormat(spec: string | undefined): RealFormat | null {
  return realFormats.find((f) => f === spec) ?? null;
}

function layoutOf(lines: string[]): Layout {
  return {
    rtl: false,
    language: "en",
    main: lines.map((line) => ({ kind: "line", text: line.trim() === "" ? " " : line })),
  };
}

/** One paragraph per line; a line that an empty line follows gets 12 pt after it instead. */
async function spacedDocx(text: string): Promise<Uint8Array> {
  const lines = text.split("\n");
  const children: Paragraph[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const spaced = (lines[i + 1] ?? "x").trim() === "";
    children.push(new Paragraph({ spacing: { after: spaced ? 240 : 0 }, children: [new TextRun(line)] }));
  });
  const doc = new Document({ creator: "FUTODAMA bench", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** renderScanPng's A4 page at 150 dpi: 1754 px high, rows 31 px apart, 110 px margins. */
const PAGE_HEIGHT = 1754;
const ROW_HEIGHT = 31;
const ROWS_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * 110) / ROW_HEIGHT);

/**
 * The CV's lines scanned page by page. renderScanPng sets everything it is given on one image,
 * as tall as the text needs: a long CV would be one strip squeezed onto one PDF page, text too
 * small to read, which no scanner makes. So each page takes as many lines as fit (a line may
 * wrap into several rows: a page that came out too tall gives back a line per row too many).
 */
async function scanPages(lines: string[], seed: string): Promise<Uint8Array[]> {
  // Loaded only here: @napi-rs/canvas is native, and the other formats never need it.
  const { renderScanPng } = await import("../corpus/render/binary-formats");
  const pages: Uint8Array[] = [];
  let rest = lines;
  while (rest.length > 0) {
    let take = Math.min(rest.length, ROWS_PER_PAGE);
    let png = renderScanPng(layoutOf(rest.slice(0, take)), seed);
    let height = imageSize(png, "image/png")?.height ?? 0;
    while (height > PAGE_HEIGHT && take > 1) {
      take = Math.max(1, take - Math.ceil((height - PAGE_HEIGHT) / ROW_HEIGHT));
      png = renderScanPng(layoutOf(rest.slice(0, take)), seed);
      height = imageSize(png, "image/png")?.height ?? 0;
    }
    pages.push(png);
    rest = rest.slice(take);
  }
  return pages;
}

/** A PDF with no text layer: each scanned page on an A4 page of its own. */
async function scanPdf(lines: string[], seed: string): Promise<Uint8Array> {
  const pages = await scanPages(lines, seed);
  const { doc, done } = startPdf("FUTODAMA bench");
  pages.forEach((png, i) => {
    if (i > 0) doc.addPage();
    doc.image(Buffer.from(png), 0, 0, { fit: [595.28, 841.89], align: "center" });
  });
  doc.end();
  return done;
}

/** The CV's bytes and file name in the format asked for. */
export async function realCvFile(
  cv: { id: string; text: string },
  format: RealFormat,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const filename = `${cv.id}.${format === "scan" ? "pdf" : format.replace(/-.*/, "")}`;
  if (format === "txt") return { bytes: new TextEncoder().encode(cv.text), filename };
  if (format === "txt-collapsed")
    return { bytes: new TextEncoder().encode(cv.text.replace(/ {2,}/g, " ")), filename };
  if (format === "docx-spaced") return { bytes: await spacedDocx(cv.text), filename };
  const lines = cv.text.split("\n");
  if (format === "scan") return { bytes: await scanPdf(lines, cv.id), filename };
  const layout = layoutOf(lines);
  const bytes =
    format === "pdf"
      ? await renderPdf(layout, "FUTODAMA bench")
      : await renderDocx(layout, { title: cv.id, creator: "FUTODAMA bench" });
  return { bytes, filename };
}
