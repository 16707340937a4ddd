import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { runtimeDataPath } from "@futodama/core";

/*
 * The PDF export's fonts: DejaVu Sans (npm `dejavu-fonts-ttf`), which covers Latin (Danish
 * æøå included), Greek, Cyrillic and Arabic. Every PDF is set in it, so an export reads the same
 * on Lambda as on a laptop and never needs pdfkit's standard fonts (Helvetica), which pdfkit
 * loads from its own package files — something a bundle cannot follow. The faces are kept
 * brotli-compressed (packages/documents/fonts/*.ttf.br, written from the npm package by
 * `pnpm fonts:compress`, its bytes checked by a test) and decompressed into memory when a PDF is
 * first rendered. In a function's package they travel as the "fonts" data of stacks/functions.ts
 * (`${LAMBDA_TASK_ROOT}/fonts/`); in the repository they are read from packages/documents/fonts.
 */

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

export type PdfFace = keyof PdfFonts;

/** The TTF files of the npm package; shipped as `<file>.br` (the names stacks/functions.ts copies). */
export const pdfFontFiles = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const satisfies Record<PdfFace, string>;

/** The compressed faces in the repository. */
export const compressedFontsDir = fileURLToPath(new URL("../../fonts/", import.meta.url));

/** Where a compressed face is, for this process (or for `env`). */
export function pdfFontPath(face: PdfFace, env: Record<string, string | undefined> = process.env): string {
  const file = `${pdfFontFiles[face]}.br`;
  return runtimeDataPath(`fonts/${file}`, new URL(`../../fonts/${file}`, import.meta.url), env);
}

const loaded = new Map<string, Buffer>();

function loadFace(path: string): Buffer {
  let font = loaded.get(path);
  if (font === undefined) {
    font = brotliDecompressSync(readFileSync(path));
    loaded.set(path, font);
  }
  return font;
}

/** The export's fonts, decompressed once per process (or per `env`'s location). */
export function pdfFonts(env: Record<string, string | undefined> = process.env): PdfFonts {
  return {
    regular: loadFace(pdfFontPath("regular", env)),
    bold: loadFace(pdfFontPath("bold", env)),
    italic: loadFace(pdfFontPath("italic", env)),
  };
}
