import { describe, expect, it } from "vitest";
import { assertReadable, extractDocument } from "../src";
import { expectReadableError, expectRejects, expectThrows } from "./expect-error";
import { concat, textPng, zipBytes } from "./fixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);
const noOcr = { ocr: false } as const;

describe("bad input", () => {
  it("refuses an empty file", async () => {
    await expectRejects(extractDocument(new Uint8Array()), "document.empty");
  });

  it("refuses whitespace-only text", async () => {
    await expectRejects(extractDocument(utf8("  \n\t\n  ")), "document.empty_text");
  });

  it("refuses a 50 MB file before reading it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(utf8("%PDF-1.7\n"));
    const start = performance.now();
    await expectRejects(extractDocument(big), "document.too_large");
    expect(performance.now() - start).toBeLessThan(50);
  });

  it("refuses a zip bomb from the declared sizes, before inflating", async () => {
    const bomb = zipBytes([
      { name: "[Content_Types].xml", data: utf8("<Types/>") },
      { name: "word/document.xml", data: new Uint8Array(1024 * 1024), declaredSize: 3_000_000_000 },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    await expectRejects(extractDocument(bomb), "document.zip_bomb");
  });

  it("catches an entry that inflates to more than it declares", async () => {
    const body = utf8(
      `<w:document><w:body><w:p><w:r><w:t>${"A".repeat(200_000)}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const liar = zipBytes([{ name: "word/document.xml", data: body, declaredSize: 1_000 }]);
    await expectRejects(
      extractDocument(liar, { limits: { maxCompressionRatio: 10_000 } }),
      "document.zip_bomb",
    );
  });

  it("refuses a ZIP with too many entries", async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `word/media/${i}.xml`, data: utf8("x") }));
    const zip = zipBytes([{ name: "word/document.xml", data: utf8("<w:document/>") }, ...entries]);
    await expectRejects(extractDocument(zip, { limits: { maxZipEntries: 20 } }), "document.zip_bomb");
  });

  it("refuses an Excel file with advice", async () => {
    const xlsx = zipBytes([{ name: "xl/workbook.xml", data: utf8("<workbook/>") }]);
    expectThrows(() => assertReadable(xlsx), "document.unsupported_type");
  });

  it("refuses an OLE file that is no compound document Word can have written", async () => {
    const ole = concat([
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      new Uint8Array(504),
    ]);
    await expectRejects(extractDocument(ole), "document.unsupported_type");
  });

  it("refuses binary junk", async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    await expectRejects(extractDocument(junk), "document.unrecognized_type");
  });

  it("sniffs a PNG named .pdf as an image (OCR off → actionable refusal)", async () => {
    await expectRejects(
      extractDocument(textPng(["Hello"]), { filename: "cv.pdf", ...noOcr }),
      "document.ocr_disabled",
    );
  });

  it("refuses a truncated PNG as corrupt", async () => {
    const png = textPng(["Hello"]).slice(0, 12);
    await expectRejects(extractDocument(png, { filename: "cv.png" }), "document.corrupt");
  });

  it("refuses an image with absurd dimensions before decoding it", async () => {
    const png = textPng(["Hello"]);
    new DataView(png.buffer).setUint32(16, 100_000);
    new DataView(png.buffer).setUint32(20, 100_000);
    await expectRejects(extractDocument(png), "document.image_too_large");
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("shutdown"));
    await expect(extractDocument(utf8("Some text here"), { signal: controller.signal })).rejects.toThrow(
      "shutdown",
    );
  });
});

describe("text beyond maxTextChars", () => {
  it("is a size problem that names the limit, not a parse or store failure", async () => {
    const line = "Led a team of engineers delivering a payment platform used across Europe.\n";
    const text = line.repeat(Math.ceil(1_100_000 / line.length));
    let caught: unknown = null;
    try {
      await extractDocument(utf8(text), { ...noOcr, filename: "cv.txt" });
    } catch (error) {
      caught = error;
    }
    expectReadableError(caught, "document.too_large");
    expect(String((caught as Error).message)).toMatch(/1,000,000/);
  });

  it("reads a long document within the limit", async () => {
    const text = `Maren Holloway\n${"Worked on distributed systems in TypeScript.\n".repeat(20_000)}`;
    const doc = await extractDocument(utf8(text), { ...noOcr, filename: "cv.txt" });
    expect(doc.text.length).toBeGreaterThan(800_000);
  });
});
