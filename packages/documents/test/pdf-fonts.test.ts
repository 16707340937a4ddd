import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import type { Layout } from "../src/render";
import { compressedFontsDir, pdfFontFiles, pdfFontPath } from "../src/render/fonts";
import { renderPdf } from "../src/render/pdf";

/*
 * The PDF export writes every character as it is, in fonts that come from an npm package
 * (issue 9: on Lambda the export answered 500 — pdfkit's standard fonts and /usr/share/fonts are
 * not there — and a real CV's non-breaking spaces came back as "Â").
 */

const nbsp = "\u00a0";
const layout: Layout = {
  rtl: false,
  language: "da",
  main: [
    { kind: "title", text: `Søren${nbsp}Ærøskøbing` },
    { kind: "heading", text: "Erfaring" },
    { kind: "entry", lines: [`Udvikler, Blåbær${nbsp}ApS, 2019${nbsp}–${nbsp}2024`, "København"] },
    { kind: "bullet", text: "Byggede betalingsplatformen i TypeScript – “hurtigt” og sikkert (€)" },
    { kind: "para", text: "مهندس برمجيات" },
  ],
};

async function exportedText(): Promise<string> {
  const doc = await extractDocument(await renderPdf(layout), { ocr: false });
  return doc.text;
}

describe("PDF export fonts", () => {
  it("round-trips NBSP, Danish and Arabic through the project's own PDF reader", async () => {
    const text = await exportedText();
    expect(text).not.toMatch(/Â/);
    // The reader turns a non-breaking space into a space: the words either side stay apart.
    expect(text).toContain("Søren Ærøskøbing");
    expect(text).toContain("Blåbær ApS, 2019 – 2024");
    expect(text).toContain("København");
    expect(text).toContain("“hurtigt”");
    expect(text).toContain("(€)");
    for (const word of ["مهندس", "برمجيات"]) expect(text).toContain(word);
  });

  it("are the installed npm package's fonts, byte for byte (run pnpm fonts:compress after upgrading it)", () => {
    const npm = createRequire(join(compressedFontsDir, "../package.json"));
    for (const face of ["regular", "bold", "italic"] as const) {
      const path = pdfFontPath(face, {});
      expect(path.startsWith(compressedFontsDir)).toBe(true);
      const shipped = brotliDecompressSync(readFileSync(path));
      const installed = readFileSync(npm.resolve(`dejavu-fonts-ttf/ttf/${pdfFontFiles[face]}`));
      expect(shipped.equals(installed), `${pdfFontFiles[face]} differs from dejavu-fonts-ttf`).toBe(true);
    }
  });

  it("come from the function's package under LAMBDA_TASK_ROOT, and render from there", async () => {
    const root = mkdtempSync(join(tmpdir(), "futodama-fonts-"));
    for (const face of ["regular", "bold", "italic"] as const) {
      cpSync(pdfFontPath(face, {}), join(root, "fonts", `${pdfFontFiles[face]}.br`));
    }
    const env = { LAMBDA_TASK_ROOT: root };
    expect(pdfFontPath("regular", env)).toBe(join(root, "fonts", "DejaVuSans.ttf.br"));
    const previous = process.env.LAMBDA_TASK_ROOT;
    process.env.LAMBDA_TASK_ROOT = root;
    try {
      expect(await exportedText()).toContain("Søren Ærøskøbing");
    } finally {
      if (previous === undefined) delete process.env.LAMBDA_TASK_ROOT;
      else process.env.LAMBDA_TASK_ROOT = previous;
    }
  });
});
