import PDFDocument from "pdfkit";
import type { Block, Layout } from "./blocks";
import { type PdfFonts, pdfFonts } from "./fonts";

/**
 * PDF with a real text layer (A4, one column, or two with a sidebar); deterministic bytes. All
 * text is set in DejaVu Sans, embedded (subset) from the shipped font files (./fonts), so that
 * Danish, Arabic and every other character is written as it is, on Lambda as locally. The
 * document is opened with that font: pdfkit's standard fonts are never loaded.
 */

const fixedDate = new Date("2024-01-01T00:00:00Z");

export type Pdf = InstanceType<typeof PDFDocument>;

export function startPdf(
  producer: string,
  fonts: PdfFonts = pdfFonts(),
): { doc: Pdf; done: Promise<Uint8Array>; fonts: Fonts } {
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    // No default font: pdfkit's is Helvetica, read from its own package files. DejaVu is set below.
    font: "",
    info: { Title: "CV", Producer: producer, CreationDate: fixedDate, ModDate: fixedDate },
  });
  doc.registerFont("Regular", fonts.regular);
  doc.registerFont("Bold", fonts.bold);
  doc.registerFont("Italic", fonts.italic);
  doc.font("Regular");
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  return { doc, done, fonts: { regular: "Regular", bold: "Bold", italic: "Italic" } };
}

/** The registered names of the three faces. */
interface Fonts {
  regular: string;
  bold: string;
  italic: string;
}

function pdfBlocks(doc: Pdf, fonts: Fonts, blocks: Block[], x: number, width: number, scale = 1): void {
  const text = (value: string, font: string, size: number, gap = 0) => {
    doc.font(font).fontSize(size * scale);
    doc.text(value, x, undefined, { width });
    if (gap > 0) doc.moveDown(gap);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        text(block.text, fonts.bold, 20, 0.2);
        break;
      case "heading":
        doc.moveDown(0.6);
        text(block.text, fonts.bold, 12, 0.2);
        break;
      case "line":
        text(block.text, fonts.regular, 10);
        break;
      case "para":
        text(block.text, fonts.regular, 10, 0.3);
        break;
      case "bullet":
        doc.font(fonts.regular).fontSize(10 * scale);
        doc.text(`•  ${block.text}`, x + 8, undefined, { width: width - 8 });
        break;
      case "entry":
        doc.moveDown(0.3);
        block.lines.forEach((line, i) => {
          text(line, i === 0 ? fonts.bold : fonts.italic, 10.5);
        });
        break;
    }
  }
}

export async function renderPdf(layout: Layout, producer = "FUTODAMA"): Promise<Uint8Array> {
  const { doc, done, fonts } = startPdf(producer);
  const sidebar = layout.sidebar;
  if (!sidebar) {
    pdfBlocks(doc, fonts, layout.main, 48, 499);
  } else {
    const left = sidebar.side === "left";
    const side = { x: left ? 36 : 409, width: 150 };
    const main = { x: left ? 210 : 48, width: 340 };
    doc
      .rect(left ? 0 : 397, 0, 198, 842)
      .fill("#eef1f4")
      .fillColor("#000");
    doc.y = 48;
    pdfBlocks(doc, fonts, sidebar.blocks, side.x, side.width, 0.92);
    doc.y = 48;
    pdfBlocks(doc, fonts, layout.main, main.x, main.width);
  }
  doc.end();
  return done;
}
