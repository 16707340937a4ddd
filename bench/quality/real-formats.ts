import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Layout } from "../../packages/documents/src/render/blocks";
import { renderDocx } from "../../packages/documents/src/render/docx";
import { renderPdf } from "../../packages/documents/src/render/pdf";

/**
 * A real CV as the file a person would upload. The corpus holds text; people send PDF and Word.
 * Each of the text's lines becomes a line of the document, set by the documents package's own
 * writers: in a PDF (A4, 10 pt) a long line wraps at the margin and an empty line is an empty
 * line's height of space; in a DOCX each line is a paragraph and an empty line an empty one. The
 * reader then has to rebuild what the text said plainly: where a paragraph ends, which rows one
 * line wrapped into. `docx-spaced` is the DOCX as Word's styles build it: no empty paragraphs, a
 * block's last line spaced 12 pt from the next (w:spacing w:after).
 */

export const realFormats = ["txt", "pdf", "docx", "docx-spaced"] as const;
export type RealFormat = (typeof realFormats)[number];

export function parseFormat(spec: string | undefined): RealFormat | null {
  return realFormats.find((f) => f === spec) ?? null;
}

function layoutOf(text: string): Layout {
  return {
    rtl: false,
    language: "en",
    main: text.split("\n").map((line) => ({ kind: "line", text: line.trim() === "" ? " " : line })),
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

/** The CV's bytes and file name in the format asked for. */
export async function realCvFile(
  cv: { id: string; text: string },
  format: RealFormat,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const filename = `${cv.id}.${format.replace(/-.*/, "")}`;
  if (format === "txt") return { bytes: new TextEncoder().encode(cv.text), filename };
  if (format === "docx-spaced") return { bytes: await spacedDocx(cv.text), filename };
  const layout = layoutOf(cv.text);
  const bytes =
    format === "pdf"
      ? await renderPdf(layout, "FUTODAMA bench")
      : await renderDocx(layout, { title: cv.id, creator: "FUTODAMA bench" });
  return { bytes, filename };
}
