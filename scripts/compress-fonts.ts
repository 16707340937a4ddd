/**
 * Writes packages/documents/fonts/<face>.ttf.br: the PDF export's DejaVu Sans faces from the npm
 * package `dejavu-fonts-ttf`, brotli-compressed (2.1 MB → ~1 MB in ApiTailoring's artifact).
 * The export decompresses them into memory (documents/src/render/fonts.ts); a test proves the
 * bytes are the npm package's. Usage: pnpm fonts:compress (after upgrading dejavu-fonts-ttf).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { compressedFontsDir, pdfFontFiles } from "../packages/documents/src/render/fonts";

const requireFromDocuments = createRequire(join(compressedFontsDir, "../package.json"));

for (const file of Object.values(pdfFontFiles)) {
  const ttf = readFileSync(requireFromDocuments.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  const compressed = brotliCompressSync(ttf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: ttf.length,
    },
  });
  writeFileSync(join(compressedFontsDir, `${file}.br`), compressed);
  console.log(`${file}: ${(ttf.length / 1e6).toFixed(2)} MB → ${(compressed.length / 1e6).toFixed(2)} MB`);
}
