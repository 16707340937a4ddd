import { createCanvas } from "@napi-rs/canvas";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { deflateSync } from "fflate";
import PDFDocument from "pdfkit";

/* Fixture files built on the fly; every person and employer in them is invented. */

type Pdf = InstanceType<typeof PDFDocument>;

export async function pdfBytes(
  draw: (doc: Pdf) => void,
  options: ConstructorParameters<typeof PDFDocument>[0] = {},
) {
  const doc = new PDFDocument({ size: "A4", margin: 40, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export const experience = [
  "Senior Engineer, Nordlys Software, 2019 - 2024",
  "Built the payment platform in TypeScript and Node.js",
  "Engineer, Fjordbyte, 2015 - 2019",
  "Maintained the Java order system and its PostgreSQL database",
];
export const sidebar = ["Skills", "TypeScript", "AWS Lambda", "PostgreSQL", "Languages", "Danish", "English"];

/** A single-column CV, `pages` pages long. */
export function singleColumnCv(pages = 1): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      doc.font("Helvetica-Bold").fontSize(20).text("Alex Testperson", 50, 50);
      doc.font("Helvetica").fontSize(10).text("alex@example.com  +45 12 34 56 78  Aarhus", 50, 76);
      doc.font("Helvetica-Bold").fontSize(13).text("Experience", 50, 110);
      let y = 132;
      for (let i = 0; i < 18; i++) {
        const line = experience[i % experience.length] ?? "";
        doc
          .font("Helvetica")
          .fontSize(10)
          .text(`${line} (${p + 1}.${i + 1})`, 50, y);
        y += 15;
      }
      doc
        .font("Helvetica-Bold")
        .fontSize(13)
        .text("Education", 50, y + 10);
      doc
        .font("Helvetica")
        .fontSize(10)
        .text("MSc Computer Science, Aarhus University, 2015", 50, y + 32);
    }
  });
}

/** Sidebar on the left (narrow), main column on the right, lines NOT aligned across columns. */
export function twoColumnCv(): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    doc.font("Helvetica-Bold").fontSize(22).text("Alex Testperson", 40, 40, { width: 500 });
    sidebar.forEach((line, i) => {
      doc
        .font(i === 0 || i === 4 ? "Helvetica-Bold" : "Helvetica")
        .fontSize(9)
        .text(line, 40, 100 + i * 13);
    });
    doc.font("Helvetica-Bold").fontSize(13).text("Experience", 200, 96);
    experience.forEach((line, i) => {
      doc
        .font("Helvetica")
        .fontSize(10.5)
        .text(line, 200, 120 + i * 17, { width: 350 });
    });
  });
}

/** A PNG with black text on white, as a phone scan would be (without the noise). */
export function textPng(lines: string[], fontSize = 36): Uint8Array {
  const canvas = createCanvas(1200, 120 + lines.length * fontSize * 1.6);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#000000";
  ctx.font = `${fontSize}px "DejaVu Sans"`;
  lines.forEach((line, i) => {
    ctx.fillText(line, 60, 80 + i * fontSize * 1.6);
  });
  return new Uint8Array(canvas.toBuffer("image/png"));
}

export function imageOnlyPdf(png: Uint8Array): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    doc.image(Buffer.from(png), 40, 40, { width: 500 });
  });
}

export async function docxBytes(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Alex Testperson", heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun("Senior Engineer at Nordlys Software, 2019 - 2024.")] }),
          new Paragraph({ children: [new TextRun({ text: "Skills", bold: true })] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("TypeScript")] }),
                  new TableCell({ children: [new Paragraph("Expert")] }),
                ],
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun("مهندس برمجيات 😀 Ærø")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A hand-built ZIP (stored/deflated entries with honest or lying sizes). */
export function zipBytes(
  entries: Array<{ name: string; data: Uint8Array; declaredSize?: number }>,
): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const compressed = deflateSync(entry.data, { level: 9 });
    const size = entry.declaredSize ?? entry.data.length;
    const local = new Uint8Array(30 + name.length + compressed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(compressed, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
