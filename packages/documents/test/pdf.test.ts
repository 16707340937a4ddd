import { describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { documentOcr } from "../src/ocr/entry";
import { expectRejects } from "./expect-error";
import {
  experience,
  imageOnlyPdf,
  pdfBytes,
  sidebar,
  singleColumnCv,
  textPng,
  twoColumnCv,
} from "./fixtures";

describe("PDF", () => {
  it("reads a single-column CV with pages, line numbers, positions and headings", async () => {
    const doc = await extractDocument(await singleColumnCv(2));
    expect(doc.method).toBe("pdf-text");
    expect(doc.mime).toBe("application/pdf");
    expect(doc.pages).toBe(2);
    expect(doc.language).toBe("en");
    const first = doc.lines[0];
    expect(first).toMatchObject({ text: "Alex Testperson", page: 1, line: 1, heading: true, bold: true });
    expect(doc.lines.find((l) => l.text === "Experience")).toMatchObject({ heading: true });
    expect(doc.lines.find((l) => l.text.startsWith("Built the payment"))?.heading).toBeUndefined();
    const page2 = doc.lines.filter((l) => l.page === 2);
    expect(page2[0]).toMatchObject({ text: "Alex Testperson", line: 1 });
    expect(doc.text.slice(page2[0]?.offset ?? 0)).toMatch(/^Alex Testperson\n/);
    expect(doc.text).toContain("\n\nAlex Testperson");
  });

  it("reads a two-column CV column by column, never interleaving the sidebar with the experience", async () => {
    const doc = await extractDocument(await twoColumnCv());
    const texts = doc.lines.map((l) => l.text);
    expect(texts[0]).toBe("Alex Testperson");
    const firstJob = texts.indexOf(experience[0] ?? "");
    const lastJob = texts.indexOf(experience[3] ?? "");
    expect(firstJob).toBeGreaterThan(0);
    expect(lastJob - firstJob).toBe(3);
    for (const line of texts.slice(firstJob, lastJob + 1)) expect(sidebar).not.toContain(line);
    const skills = doc.lines.find((l) => l.text === "TypeScript");
    const job = doc.lines.find((l) => l.text === experience[0]);
    expect(skills?.column).toBe(1);
    expect(job?.column).toBe(0);
    expect(texts.indexOf("Skills")).toBeLessThan(texts.indexOf("English"));
    expect(texts.indexOf("English") + 1).toBe(texts.indexOf("Experience"));
  });

  it("keeps right-aligned dates on their row (a table is not two columns)", async () => {
    const bytes = await pdfBytes((d) => {
      ["Senior Engineer, Nordlys", "Engineer, Fjordbyte", "Intern, Testcorp", "Student helper, Uni"].forEach(
        (role, i) => {
          d.font("Helvetica")
            .fontSize(10)
            .text(role, 50, 100 + i * 30);
          d.text(`${2020 - i * 3} - ${2023 - i * 3}`, 450, 100 + i * 30);
        },
      );
    });
    const doc = await extractDocument(bytes);
    expect(doc.lines[0]?.text).toBe("Senior Engineer, Nordlys | 2020 - 2023");
    expect(doc.lines.every((l) => l.column === undefined)).toBe(true);
  });

  it("refuses a password-protected PDF", async () => {
    const bytes = await pdfBytes((d) => d.text("Secret CV"), { userPassword: "hunter2", pdfVersion: "1.7" });
    await expectRejects(extractDocument(bytes), "document.encrypted");
  });

  it("refuses a corrupt PDF", async () => {
    const good = await singleColumnCv();
    const bytes = good.slice(0, 400);
    await expectRejects(extractDocument(bytes), "document.corrupt");
  });

  it("refuses a PDF with more pages than the limit", async () => {
    await expectRejects(
      extractDocument(await singleColumnCv(3), { limits: { maxPages: 2 } }),
      "document.too_many_pages",
    );
  });

  it("says a scan has no text layer when OCR is off", async () => {
    const bytes = await imageOnlyPdf(textPng(["Scanned page"]));
    await expectRejects(extractDocument(bytes, { ocr: false }), "document.no_text_layer");
  });

  it("never invents text: an image-only PDF of a blank page gives document.empty_text", async () => {
    const blank = await pdfBytes((d) => d.rect(40, 40, 100, 100).stroke());
    const nothing = { name: "none", recognize: async () => ({ text: "", confidence: 0 }) };
    await expectRejects(extractDocument(blank, { ocr: documentOcr(nothing) }), "document.empty_text");
  });

  it("gives up with document.timeout instead of hanging", async () => {
    const slow = { name: "slow", recognize: () => new Promise<never>(() => {}) };
    const bytes = await imageOnlyPdf(textPng(["Scanned page"]));
    await expectRejects(
      extractDocument(bytes, { ocr: documentOcr(slow), limits: { timeoutMs: 300 } }),
      "document.timeout",
    );
  });

  it("OCRs only maxOcrPages scanned pages and says which were skipped", async () => {
    const png = Buffer.from(textPng(["Scanned page"]));
    const bytes = await pdfBytes((d) => {
      for (let i = 0; i < 3; i++) {
        if (i > 0) d.addPage();
        d.image(png, 40, 40, { width: 300 });
      }
    });
    const calls: number[] = [];
    const fake = {
      name: "fake",
      recognize: async () => {
        calls.push(1);
        return { text: "Scanned page text", confidence: 0.9 };
      },
    };
    const doc = await extractDocument(bytes, { ocr: documentOcr(fake), limits: { maxOcrPages: 2 } });
    expect(calls).toHaveLength(2);
    expect(doc.method).toBe("ocr");
    expect(doc.pages).toBe(3);
    expect(doc.warnings.join(" ")).toMatch(/page 3 was skipped/);
  });

  it("reads a 2-page text CV fast (median printed)", async () => {
    const bytes = await singleColumnCv(2);
    await extractDocument(bytes);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await extractDocument(bytes);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `2-page text PDF → ExtractedDocument: median ${median.toFixed(1)} ms over ${times.length} runs`,
    );
    expect(median).toBeLessThan(100);
  });
});
