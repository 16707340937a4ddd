import { GlobalFonts } from "@napi-rs/canvas";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { createTesseractOcr, documentOcr, terminateOcr } from "../src/ocr/entry";
import type { OcrLine } from "../src/ocr/provider";
import { ocrLines } from "../src/ocr/run";
import { imageOnlyPdf, textPng } from "./fixtures";

/* Real tesseract, offline: language data comes from the installed @tesseract.js-data packages. */
const canDrawText = GlobalFonts.families.length > 0;
/** The engine's rows as the reader gives them back, one text a line (page 1). */
const readBack = (lines: OcrLine[]) =>
  ocrLines({ text: "", confidence: 0.9, lines }, 1).lines.map((l) => l.text);
const tesseractEnglish = createTesseractOcr({ languages: ["eng"] });
const english = documentOcr(tesseractEnglish);

afterAll(async () => {
  await tesseractEnglish.terminate();
  await terminateOcr();
});

describe.skipIf(!canDrawText)("OCR (tesseract, offline)", () => {
  it("reads a PNG of a CV heading", { timeout: 30_000 }, async () => {
    const png = textPng(["Alex Testperson", "Senior Software Engineer"]);
    const doc = await extractDocument(png, { ocr: english, filename: "cv.pdf" });
    expect(doc.method).toBe("ocr");
    expect(doc.mime).toBe("image/png");
    expect(doc.text).toMatch(/Alex Testperson/);
    expect(doc.text).toMatch(/Senior Software Engineer/);
  });

  it("OCRs an image-only PDF page", { timeout: 30_000 }, async () => {
    const pdf = await imageOnlyPdf(textPng(["Experience", "Cloud architect at Nordlys Software"]));
    const doc = await extractDocument(pdf, { ocr: english });
    expect(doc.method).toBe("ocr");
    expect(doc.text).toMatch(/Cloud architect/);
    expect(doc.warnings.join(" ")).toMatch(/Page 1 had no text layer and was read by OCR/);
  });

  it("keeps the blank line between two blocks of a scanned page", { timeout: 30_000 }, async () => {
    const png = textPng(["Alex Testperson", "Senior Engineer", "", "Education", "BSc Computing"]);
    const doc = await extractDocument(await imageOnlyPdf(png), { ocr: english });
    expect(doc.text).toMatch(/Senior Engineer\n\nEducation\nBSc Computing/);
  });

  it("joins the rows a scanned page wrapped back into the line that was typed", {
    timeout: 30_000,
  }, async () => {
    const png = textPng([
      "Led the migration of the billing platform onto a new",
      "infrastructure provider for Fakeco Ltd",
      "Maintained the build pipeline of the teams in the",
      "organisation",
    ]);
    const doc = await extractDocument(await imageOnlyPdf(png), { ocr: english });
    expect(doc.text).toMatch(/onto a new infrastructure provider for Fakeco Ltd\nMaintained/);
    expect(doc.text).toMatch(/teams in the organisation/);
  });

  it("the default provider loads eng+dan+ara without a network", { timeout: 60_000 }, async () => {
    const doc = await extractDocument(textPng(["Erfaren udvikler"]), { ocr: documentOcr() });
    expect(doc.text).toMatch(/Erfaren udvikler/);
  });

  it("gives document.empty_text for a blank image instead of inventing text", {
    timeout: 30_000,
  }, async () => {
    const blank = textPng([]);
    await expect(extractDocument(blank, { ocr: english })).rejects.toMatchObject({
      code: "document.empty_text",
    });
  });
});

/** A line as tesseract reports it: its top at `y`, 20 px high, 12 px a character. */
function boxed(text: string, y: number): OcrLine {
  return { text, confidence: 0.9, bbox: { x0: 100, y0: y, x1: 100 + text.length * 12, y1: y + 20 } };
}

describe("OCR lines", () => {
  it("a step down clearly wider than the page's usual one is a blank line", () => {
    const lines = [boxed("Jo Madeup", 100), boxed("Engineer", 130), boxed("Skills", 190), boxed("Go", 220)];
    expect(readBack(lines)).toEqual(["Jo Madeup", "Engineer", "", "Skills", "Go"]);
  });

  it("finds the blank lines of a page with one after most lines (the double step is the usual one)", () => {
    const tops = [100, 160, 190, 250, 310, 340, 400];
    const lines = ["Jo Madeup", "Engineer", "Fakeco Ltd", "Skills", "Go", "Rust", "Danish"].map((t, i) =>
      boxed(t, tops[i] ?? 0),
    );
    expect(readBack(lines)).toEqual([
      "Jo Madeup",
      "",
      "Engineer",
      "Fakeco Ltd",
      "",
      "Skills",
      "",
      "Go",
      "Rust",
      "",
      "Danish",
    ]);
  });

  it("evenly spaced lines, or lines without boxes, get no blank line", () => {
    const even = [boxed("Jo Madeup", 100), boxed("Engineer", 131), boxed("Skills", 161), boxed("Go", 192)];
    expect(ocrLines({ text: "", confidence: 0.9, lines: even }, 1).lines.map((l) => l.text)).not.toContain(
      "",
    );
    const plain = { text: "Jo Madeup\nEngineer\n\nSkills", confidence: 0.9 };
    expect(ocrLines(plain, 1).lines.map((l) => l.text)).toEqual(["Jo Madeup", "Engineer", "Skills"]);
  });
});

describe("OCR lines read back as typed", () => {
  /** A row from x 100 to `right`, its top at `y`. */
  const row = (text: string, y: number, right: number, x0 = 100): OcrLine => ({
    text,
    confidence: 0.9,
    bbox: { x0, y0: y, x1: right, y1: y + 20 },
  });

  it("joins the rows a scanned page wrapped back into one line", () => {
    const lines = [
      row("Led the migration of the billing platform to a new", 100, 1000),
      row("cloud provider for Fakeco Ltd", 130, 430),
      row("Maintained the build pipeline of all teams across the", 160, 995),
      row("company", 190, 190),
    ];
    expect(readBack(lines)).toEqual([
      "Led the migration of the billing platform to a new cloud provider for Fakeco Ltd",
      "Maintained the build pipeline of all teams across the company",
    ]);
  });

  it("keeps apart a short row, and a row starting a bullet or a date of its own", () => {
    const lines = [
      row("Built the internal reporting service and its dashboards", 100, 1000),
      row("• Mentored two junior developers", 130, 500),
      row("Wrote the onboarding guide for all new engineers of the", 160, 1000),
      row("2019 - 2021 Fakeco Ltd", 190, 400),
      row("Wrote the onboarding guide for all new engineers of the", 220, 1000),
      row("WORK EXPERIENCE", 250, 300),
      row("Short line", 280, 260),
      row("Another", 250, 200),
    ];
    expect(readBack(lines)).toEqual([
      "Built the internal reporting service and its dashboards",
      "• Mentored two junior developers",
      "Wrote the onboarding guide for all new engineers of the",
      "2019 - 2021 Fakeco Ltd",
      "Wrote the onboarding guide for all new engineers of the",
      "WORK EXPERIENCE",
      "Short line",
      "Another",
    ]);
  });

  it("reads a bullet the engine took for a sign as a bullet", () => {
    const lines = ["+ Java, Go", "« Kubernetes", "> Led a team", "+45 1234 5678", "C++ and C"];
    const result = { text: lines.join("\n"), confidence: 0.9 };
    expect(ocrLines(result, 1).lines.map((l) => l.text)).toEqual([
      "• Java, Go",
      "• Kubernetes",
      "• Led a team",
      "+45 1234 5678",
      "C++ and C",
    ]);
  });
});
