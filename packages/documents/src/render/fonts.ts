import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { runtimeDataPath } from "@futodama/core";

/*
 * The PDF export's fonts: DejaVu Sans (npm `dejavu-fonts-ttf`), which covers Latin (Danish
 * æøå included), Greek, Cyrillic and Arabic. Every PDF is set in it, so an export reads the same
 * on Lambda as on a laptop and never needs pdfkit's standard fonts (Helvetica), which pdfkit
 * loads from its own package files — something a bundle cannot follow. In a function's package
 * the files travel as the "fonts" data of stacks/functions.ts (`${LAMBDA_TASK_ROOT}/fonts/`);
 * in the repository they are read from the installed package.
 */

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
}

/** The TTF files, as shipped: the names stacks/functions.ts copies into `fonts/`. */
export const pdfFontFiles = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const satisfies PdfFonts;

const requireHere = createRequire(import.meta.url);

function fontPath(file: string, env: Record<string, string | undefined>): string {
  return runtimeDataPath(
    `fonts/${file}`,
    { resolve: () => pathToFileURL(requireHere.resolve(`dejavu-fonts-ttf/ttf/${file}`)) },
    env,
  );
}

/** Where the export's fonts are, for this process (or for `env`). */
export function pdfFonts(env: Record<string, string | undefined> = process.env): PdfFonts {
  return {
    regular: fontPath(pdfFontFiles.regular, env),
    bold: fontPath(pdfFontFiles.bold, env),
    italic: fontPath(pdfFontFiles.italic, env),
  };
}
