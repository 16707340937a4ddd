import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { Block, Layout } from "./blocks";

/**
 * PDF with a real text layer (A4, one column, or two with a sidebar); deterministic bytes. Latin
 * text uses the PDF's built-in Helvetica (WinAnsi). Text beyond it (Arabic, Polish…) needs an
 * embedded font: DejaVu Sans where the system has it (Debian, this repo's CI). A Lambda without
 * it falls back to Helvetica, which drops such characters: the DOCX and Markdown exports keep them.
 */

const fixedDate = new Date("2024-01-01T00:00:00Z");
const dejavu = "/usr/share/fonts/truetype/dejavu/";
// WinAnsi (cp1252) beyond Latin-1: the characters Helvetica can still set.
const winAnsiExtra = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);

export type Pdf = InstanceType<typeof PDFDocument>;

export function startPdf(producer: string): { doc: Pdf; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    info: { Title: "CV", Producer: producer, CreationDate: fixedDate, ModDate: fixedDate },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  return { doc, done };
}

function needsUnicodeFont(blocks: Block[]): boolean {
  const texts = blocks.flatMap((b) => (b.kind === "entry" ? b.lines : [b.text]));
  return texts.some((t) => [...t].some((ch) => (ch.codePointAt(0) ?? 0) > 0xff && !winAnsiExtra.has(ch)));
}

interface Fonts {
  regular: string;
  bold: string;
  italic: string;
}

function fontsFor(doc: Pdf, blocks: Block[]): Fonts {
  if (!needsUnicodeFont(blocks) || !existsSync(`${dejavu}DejaVuSans.ttf`)) {
    return { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
  }
  doc.registerFont("Unicode", `${dejavu}DejaVuSans.ttf`);
  doc.registerFont("Unicode-Bold", `${dejavu}DejaVuSans-Bold.ttf`);
  doc.registerFont("Unicode-Italic", `${dejavu}DejaVuSans-Oblique.ttf`);
  return { regular: "Unicode", bold: "Unicode-Bold", italic: "Unicode-Italic" };
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
  const { doc, done } = startPdf(producer);
  const fonts = fontsFor(doc, [...layout.main, ...(layout.sidebar?.blocks ?? [])]);
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
