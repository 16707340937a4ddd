import { createCanvas, GlobalFonts } from "../../../packages/documents/node_modules/@napi-rs/canvas/index.js";
import type { Layout } from "../../../packages/documents/src/render/blocks";
import { renderDocx as writeDocx } from "../../../packages/documents/src/render/docx";
import { startPdf, renderPdf as writePdf } from "../../../packages/documents/src/render/pdf";
import { encodeGrayPng } from "./gray-png";
import { plainLines } from "./text-formats";

/** DOCX and PDF (the documents package's writers), "scanned" PNG and image-only PDF; all deterministic. */

export const renderDocx = (layout: Layout, title: string) =>
  writeDocx(layout, { title, creator: "FUTODAMA bench" });
export const renderPdf = (layout: Layout) => writePdf(layout, "FUTODAMA bench");

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
  const { doc, done } = startPdf("FUTODAMA bench");
  doc.image(png, 0, 0, { fit: [595.28, 841.89], align: "center" });
  doc.end();
  return done;
}
