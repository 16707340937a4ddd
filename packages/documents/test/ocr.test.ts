import { GlobalFonts } from "@napi-rs/canvas";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { createTesseractOcr, documentOcr, terminateOcr } from "../src/ocr/entry";
import { imageOnlyPdf, textPng } from "./fixtures";

/* Real tesseract, offline: language data comes from the installed @tesseract.js-data packages. */
const canDrawText = GlobalFonts.families.length > 0;
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
