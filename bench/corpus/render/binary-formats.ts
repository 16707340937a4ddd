import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";
import { createCanvas, GlobalFonts } from "../../../packages/documents/node_modules/@napi-rs/canvas/index.js";
import { unzipSync, zipSync } from "../../../packages/documents/node_modules/fflate/esm/index.mjs";
import type { Block, Layout } from "./blocks";
import { encodeGrayPng } from "./gray-png";
import { plainLines } from "./text-formats";

/** DOCX, PDF (one or two columns), "scanned" PNG and image-only PDF writers; all deterministic. */

const fixedDate = new Date("2024-01-01T00:00:00Z");

function docxParagraph(block: Block, rtl: boolean): Paragraph[] {
  const run = (text: string, bold = false) => new TextRun({ text, bold, rightToLeft: rtl });
  const base = { bidirectional: rtl, alignment: rtl ? AlignmentType.RIGHT : AlignmentType.LEFT };
  switch (block.kind) {
    case "title":
      return [new Paragraph({ ...base, heading: HeadingLevel.TITLE, children: [run(block.text)] })];
    case "heading":
      return [new Paragraph({ ...base, heading: HeadingLevel.HEADING_2, children: [run(block.text)] })];
    case "line":
    case "para":
      return [new Paragraph({ ...base, children: [run(block.text)] })];
    case "bullet":
      return [new Paragraph({ ...base, bullet: { level: 0 }, children: [run(block.text)] })];
    case "entry":
      return block.lines.map((text, i) => new Paragraph({ ...base, children: [run(text, i === 0)] }));
  }
}

/** docx stamps the current time into core.xml and the zip entries; both are pinned here. */
function pinZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const pinned: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name] as Uint8Array;
    if (name === "docProps/core.xml") {
      const xml = new TextDecoder()
        .decode(data)
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "2024-01-01T00:00:00Z");
      data = new TextEncoder().encode(xml);
    }
    pinned[name] = [data, { mtime: fixedDate }];
  }
  return zipSync(pinned, { level: 6 });
}

export async function renderDocx(layout: Layout, title: string): Promise<Uint8Array> {
  const blocks = [...(layout.sidebar?.blocks ?? []), ...layout.main];
  const doc = new Document({
    creator: "FUTODAMA bench",
    title,
    sections: [{ children: blocks.flatMap((b) => docxParagraph(b, layout.rtl)) }],
  });
  return pinZip(new Uint8Array(await Packer.toBuffer(doc)));
}

type Pdf = InstanceType<typeof PDFDocument>;

function newPdf(): { doc: Pdf; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    info: { Title: "CV", Producer: "FUTODAMA bench", CreationDate: fixedDate, ModDate: fixedDate },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

function pdfBlocks(doc: Pdf, blocks: Block[], x: number, width: number, scale = 1): void {
  const text = (value: string, font: string, size: number, gap = 0) => {
    doc.font(font).fontSize(size * scale);
    doc.text(value, x, undefined, { width });
    if (gap > 0) doc.moveDown(gap);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        text(block.text, "Helvetica-Bold", 20, 0.2);
        break;
      case "heading":
        doc.moveDown(0.6);
        text(block.text, "Helvetica-Bold", 12, 0.2);
        break;
      case "line":
        text(block.text, "Helvetica", 10);
        break;
      case "para":
        text(block.text, "Helvetica", 10, 0.3);
        break;
      case "bullet":
        doc.font("Helvetica").fontSize(10 * scale);
        doc.text(`•  ${block.text}`, x + 8, undefined, { width: width - 8 });
        break;
      case "entry":
        doc.moveDown(0.3);
        block.lines.forEach((line, i) => {
          text(line, i === 0 ? "Helvetica-Bold" : "Helvetica-Oblique", 10.5);
        });
        break;
    }
  }
}

export async function renderPdf(layout: Layout): Promise<Uint8Array> {
  const { doc, done } = newPdf();
  const sidebar = layout.sidebar;
  if (!sidebar) {
    pdfBlocks(doc, layout.main, 48, 499);
  } else {
    const left = sidebar.side === "left";
    const side = { x: left ? 36 : 409, width: 150 };
    const main = { x: left ? 210 : 48, width: 340 };
    doc
      .rect(left ? 0 : 397, 0, 198, 842)
      .fill("#eef1f4")
      .fillColor("#000");
    doc.y = 48;
    pdfBlocks(doc, sidebar.blocks, side.x, side.width, 0.92);
    doc.y = 48;
    pdfBlocks(doc, layout.main, main.x, main.width);
  }
  doc.end();
  return done;
}

let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "Bench Sans");
  GlobalFonts.registerFromPath("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "Bench Sans Bold");
  fontsReady = true;
}

/** Text set at 150 dpi on an A4-wide page, slightly rotated, like a flatbed scan. */
export function renderScanPng(layout: Layout, seed: string): Uint8Array {
  registerFonts();
  const width = 1240;
  const margin = 110;
  const lineHeight = 31;
  const measure = createCanvas(10, 10).getContext("2d");
  const wrapped: { text: string; strong: boolean }[] = [];
  for (const line of plainLines(layout, seed)) {
    measure.font = `${line.strong ? 23 : 21}px '${line.strong ? "Bench Sans Bold" : "Bench Sans"}'`;
    let current = "";
    for (const word of line.text.split(" ")) {
      const next = current === "" ? word : `${current} ${word}`;
      if (measure.measureText(next).width > width - 2 * margin && current !== "") {
        wrapped.push({ text: current, strong: line.strong });
        current = word;
      } else current = next;
    }
    wrapped.push({ text: current, strong: line.strong });
  }
  const height = Math.max(1754, margin * 2 + wrapped.length * lineHeight);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((0.4 * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = "#1c1c1c";
  ctx.direction = layout.rtl ? "rtl" : "ltr";
  ctx.textAlign = layout.rtl ? "right" : "left";
  wrapped.forEach((line, i) => {
    ctx.font = `${line.strong ? 23 : 21}px '${line.strong ? "Bench Sans Bold" : "Bench Sans"}'`;
    ctx.fillText(line.text, layout.rtl ? width - margin : margin, margin + i * lineHeight);
  });
  return encodeGrayPng(width, height, ctx.getImageData(0, 0, width, height).data);
}

/** A PDF with no text layer: one page holding the scanned PNG. */
export async function renderScanPdf(layout: Layout, seed: string): Promise<Uint8Array> {
  const png = Buffer.from(renderScanPng(layout, seed));
  const { doc, done } = newPdf();
  doc.image(png, 0, 0, { fit: [595.28, 841.89], align: "center" });
  doc.end();
  return done;
}
