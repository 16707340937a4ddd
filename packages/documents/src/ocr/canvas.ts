import { renderPageAsImage } from "unpdf";
import type { PDFDocumentProxy } from "../pdf/read";

/*
 * The two image steps that need a native canvas (@napi-rs/canvas). In a Lambda it is installed
 * next to the bundle (nodejs.install of the "ocr" data kind), never bundled: esbuild cannot
 * bundle its `.node` binary. Imported lazily, on the first scan.
 */

/** GIF/WebP → PNG, so that every OCR engine gets PNG or JPEG. */
export async function toPng(bytes: Uint8Array): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext("2d").drawImage(image, 0, 0);
  return new Uint8Array(canvas.toBuffer("image/png"));
}

/** One PDF page drawn as PNG at `scale` × 72 DPI. */
export async function renderPdfPage(pdf: PDFDocumentProxy, page: number, scale: number): Promise<Uint8Array> {
  const png = await renderPageAsImage(pdf, page, { canvasImport: () => import("@napi-rs/canvas"), scale });
  return new Uint8Array(png);
}
