import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { unzipSync, zipSync } from "fflate";
import type { Block, Layout } from "./blocks";

/** A single-column DOCX: real paragraphs, Title/Heading styles, list bullets; deterministic bytes. */

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

export async function renderDocx(
  layout: Layout,
  meta: { title: string; creator?: string | undefined },
): Promise<Uint8Array> {
  const blocks = [...(layout.sidebar?.blocks ?? []), ...layout.main];
  const doc = new Document({
    creator: meta.creator ?? "FUTODAMA",
    title: meta.title,
    sections: [{ children: blocks.flatMap((b) => docxParagraph(b, layout.rtl)) }],
  });
  return pinZip(new Uint8Array(await Packer.toBuffer(doc)));
}
