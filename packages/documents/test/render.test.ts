import { readFileSync } from "node:fs";
import { parseResume, type ResumeCardV1, ResumeCardV1Schema } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/document";
import { type ExportFormat, exportFormats, renderResume } from "../src/render";
import { sniffType } from "../src/sniff";

const fixtures = [
  "../../core/test/fixtures/parse/resume-en-basic.txt",
  "../../core/test/fixtures/parse/resume-da.txt",
  "../../core/test/fixtures/parse/resume-ar.txt",
  "../../core/test/fixtures/parse/resume-two-column.txt",
  "../../core/test/fixtures/parse/resume-stacked.txt",
  "../../local/test/fixtures/cv-ada.txt",
];

async function parse(bytes: Uint8Array, filename?: string): Promise<ResumeCardV1> {
  return parseResume(await extractDocument(bytes, { ocr: false, ...(filename ? { filename } : {}) }));
}

async function fixtureCard(path: string): Promise<ResumeCardV1> {
  return parse(new Uint8Array(readFileSync(new URL(path, import.meta.url))), path);
}

/** What an export must carry over exactly: identity, contact, roles, dates, education, skills. */
function facts(card: ResumeCardV1) {
  const p = card.personal_info;
  return {
    name: p.name ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    roles: card.work_experience.map((r) => [
      r.company ?? null,
      r.title ?? null,
      r.start ?? null,
      r.end ?? null,
    ]),
    education: card.education.map((e) => [e.degree ?? null, e.institution ?? null]),
    skills: card.skills.map((s) => s.id ?? s.name).sort(),
  };
}

// Arabic PDFs: pdfkit sets glyphs without bidi shaping, so their text layer does not read back in order.
const roundTrips = fixtures.flatMap((f) =>
  exportFormats
    .filter((format) => !(f.endsWith("-ar.txt") && format === "pdf"))
    .map((format) => [f, format] as const),
);

describe("exports parse back to the card they were made from", () => {
  it.each(roundTrips)("%s as %s", async (fixture, format) => {
    const card = await fixtureCard(fixture);
    const rendered = await renderResume(card, format as ExportFormat);
    const back = await parse(rendered.bytes, `cv.${rendered.extension}`);
    expect(facts(back)).toEqual(facts(card));
    expect(back.summary ?? null).toBe(card.summary ?? null);
  });
});

describe("renderResume", () => {
  it("names the format by content type and bytes", async () => {
    const card = await fixtureCard(fixtures[0] as string);
    const md = await renderResume(card, "md");
    const docx = await renderResume(card, "docx");
    const pdf = await renderResume(card, "pdf");
    expect(md.contentType).toBe("text/markdown; charset=utf-8");
    expect(new TextDecoder().decode(md.bytes)).toMatch(/^# Mira Testesen\n/);
    expect(docx.contentType).toMatch(/wordprocessingml/);
    expect(String.fromCharCode(...docx.bytes.slice(0, 2))).toBe("PK");
    expect(sniffType(docx.bytes)).toBe(docx.contentType);
    expect(pdf.contentType).toBe("application/pdf");
    expect(String.fromCharCode(...pdf.bytes.slice(0, 4))).toBe("%PDF");
    // Deterministic: the same card gives the same bytes.
    expect((await renderResume(card, "docx")).bytes).toEqual(docx.bytes);
    expect((await renderResume(card, "pdf")).bytes).toEqual(pdf.bytes);
  });

  it("renders a card with only a name, and one with nothing at all", async () => {
    const named = ResumeCardV1Schema.parse({
      schema: "resume-card-v1",
      personal_info: { name: "Solo Person" },
    });
    const empty = ResumeCardV1Schema.parse({ schema: "resume-card-v1" });
    for (const format of exportFormats) {
      expect((await renderResume(named, format)).bytes.length).toBeGreaterThan(10);
      expect((await renderResume(empty, format)).bytes.length).toBeGreaterThan(0);
    }
    expect((await parse((await renderResume(named, "pdf")).bytes)).personal_info.name).toBe("Solo Person");
  });

  it("keeps &, <, >, quotes and æøå", async () => {
    const card = ResumeCardV1Schema.parse({
      schema: "resume-card-v1",
      personal_info: { name: "Søren Ærø Ågård", email: "soren@example.dk" },
      summary: 'R&D lead for <"edge"> systems & APIs.',
    });
    for (const format of exportFormats) {
      const back = await parse((await renderResume(card, format)).bytes, `cv.${format}`);
      expect(back.personal_info.name).toBe("Søren Ærø Ågård");
      expect(back.summary).toBe('R&D lead for <"edge"> systems & APIs.');
    }
  });

  it("paginates a long CV (50 roles × 6 bullets) into a PDF that still parses", async () => {
    const card = ResumeCardV1Schema.parse({
      schema: "resume-card-v1",
      // A person's name: "Long Career" (the old placeholder) reads as a heading ("… Career").
      personal_info: { name: "Lone Carlsen", email: "lone@example.com" },
      work_experience: Array.from({ length: 50 }, (_, i) => ({
        title: "Software Engineer",
        company: `Company ${i + 1} ApS`,
        start: `${1970 + i}-01`,
        end: `${1970 + i}-12`,
        bullets: Array.from({ length: 6 }, (_, j) => `Delivered project ${j + 1} for team ${i + 1}`),
      })),
    });
    const pdf = await renderResume(card, "pdf");
    const doc = await extractDocument(pdf.bytes, { ocr: false });
    expect(doc.pages).toBeGreaterThan(5);
    const back = parseResume(doc);
    expect(back.personal_info.name).toBe("Lone Carlsen");
    expect(back.work_experience).toHaveLength(50);
  });
});
