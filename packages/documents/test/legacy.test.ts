import { readFileSync } from "node:fs";
import { isAppError, parseResume } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { assertReadable, extractDocument, sniffType } from "../src";
import { expectRejects, expectThrows } from "./expect-error";
import { zipBytes } from "./fixtures";

/*
 * Issue 12: Word 97–2003 (.doc) and OpenDocument (.odt) CVs are read, not refused. The two
 * fixtures are one made-up CV (fixtures/cv-legacy.html) saved by LibreOffice: see
 * fixtures/README.md.
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const doc = fixture("cv-legacy.doc");
const odt = fixture("cv-legacy.odt");

/** The made-up CV's card, whichever format it was saved in. */
async function expectFixtureCard(bytes: Uint8Array) {
  const card = parseResume(await extractDocument(bytes));
  expect(card.personal_info.name).toBe("Freja Testdottir");
  expect(card.personal_info.email).toBe("freja.testdottir@example.com");
  expect(card.work_experience.map((r) => [r.title, r.company])).toEqual([
    ["Senior Backend Developer", "Kvistholm Logistics"],
    ["Software Developer", "Brinkvik Payments"],
  ]);
  expect(card.education.map((e) => [e.degree, e.institution])).toEqual([
    ["MSc", "Aarhus University"],
    ["BSc", "University of Southern Denmark"],
  ]);
  return card;
}

const cvLines = [
  "Freja Testdottir",
  "freja.testdottir@example.com | +45 20 30 40 50 | Odense, Denmark",
  "Profile",
  "Backend developer with eight years of building payment and logistics systems.",
  "Experience",
  "Senior Backend Developer",
  "Kvistholm Logistics, Odense, 2020 - 2025",
  "Designed the shipment tracking API in TypeScript and Node.js",
  "Moved the order database from MySQL to PostgreSQL",
  "Software Developer",
  "Brinkvik Payments, Aarhus, 2016 - 2020",
  "Maintained the Java settlement service",
  "Education",
  "MSc Computer Science, Aarhus University, 2014 - 2016",
  "BSc Software Engineering, University of Southern Denmark, 2011 - 2014",
  "Skills",
  "Languages | TypeScript, Java, SQL",
  "Cloud | AWS Lambda, DynamoDB",
];
/** fixtures/parts-legacy.*: the header, the body (a heading, a line, a text box), the footer. */
const partsLines = [
  "Ida Testmann - ida.testmann@example.com",
  "Experience",
  "Data Engineer, Solvik Analytics, 2019 - 2024",
  "Certified Kubernetes Administrator",
  "Ida Testmann, curriculum vitae",
];
const bullets = new Set([7, 8, 11].map((i) => cvLines[i]));

/** An OLE file's directory entry renamed: the same compound file, without a WordDocument stream. */
function renameStream(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const at = Buffer.from(out).indexOf(Buffer.from(from, "utf16le"));
  expect(at).toBeGreaterThan(0);
  out.set(Buffer.from(to.padEnd(from.length, "\0"), "utf16le"), at);
  return out;
}

/** The .doc with the WordDocument stream's second sector pointing back at its first. */
function loopingDoc(): Uint8Array {
  const out = doc.slice();
  const view = new DataView(out.buffer);
  const fatAt = 512 + view.getUint32(0x4c, true) * 512;
  const entryAt = Buffer.from(out).indexOf(Buffer.from("WordDocument", "utf16le"));
  const first = view.getUint32(entryAt + 116, true);
  const second = view.getUint32(fatAt + first * 4, true);
  view.setUint32(fatAt + second * 4, first, true);
  return out;
}

function odtBytes(content: string, styles = "<office:document-styles/>"): Uint8Array {
  return zipBytes([
    { name: "mimetype", data: utf8("application/vnd.oasis.opendocument.text") },
    { name: "content.xml", data: utf8(content) },
    { name: "styles.xml", data: utf8(styles) },
  ]);
}

describe("legacy Word (.doc)", () => {
  it("is told from other OLE files by its WordDocument stream, not by its name", () => {
    expect(sniffType(doc)).toBe("application/msword");
    expect(assertReadable(doc)).toBe("application/msword");
  });

  it("reads the body in order, table rows joined with ' | '", async () => {
    const read = await extractDocument(doc, { filename: "cv.pdf" });
    expect(read.method).toBe("doc");
    expect(read.mime).toBe("application/msword");
    // word-extractor reads no list or heading formatting from the binary format: text only.
    expect(read.lines.map((l) => l.text)).toEqual(cvLines.map((l) => l));
  });

  it("gives the made-up CV's card: name, titles, employers, education", async () => {
    await expectFixtureCard(doc);
  });

  it("reads page headers, text boxes and footers, each in its place", async () => {
    const read = await extractDocument(fixture("parts-legacy.doc"));
    expect(read.lines.map((l) => l.text)).toEqual(partsLines);
  });

  it("calls a .doc without text empty", async () => {
    await expectRejects(extractDocument(fixture("empty-legacy.doc")), "document.empty_text");
  });

  it("still refuses other OLE files (an .xls-like file) with advice", async () => {
    const sheet = renameStream(doc, "WordDocument", "Workbook");
    expect(sniffType(sheet)).toBe("application/x-ole-storage");
    expectThrows(() => assertReadable(sheet), "document.unsupported_type");
    await expectRejects(extractDocument(sheet, { filename: "cv.doc" }), "document.unsupported_type");
  });

  it("calls a cut-off .doc corrupt", async () => {
    for (const keep of [0.3, 0.9, 0.99]) {
      await expectRejects(extractDocument(doc.slice(0, Math.floor(doc.length * keep))), "document.corrupt");
    }
  });

  it("calls a .doc whose allocation table loops corrupt, before word-extractor follows it", async () => {
    const looping = loopingDoc();
    await expectRejects(extractDocument(looping), "document.corrupt");
    expect(() => assertReadable(looping)).toThrow(
      expect.objectContaining({ details: { reason: expect.stringMatching(/allocation table loops/) } }),
    );
  });
});

describe("OpenDocument text (.odt)", () => {
  it("reads headings, bold titles, list items as bullets and table rows", async () => {
    const read = await extractDocument(odt, { filename: "cv.docx" });
    expect(read.method).toBe("odt");
    expect(read.mime).toBe("application/vnd.oasis.opendocument.text");
    // LibreOffice spaces its paragraphs apart (0.25 cm after), so blank lines stand between them.
    const text = read.lines.map((l) => l.text);
    expect(text.filter((t) => t !== "")).toEqual(cvLines.map((l) => (bullets.has(l) ? `• ${l}` : l)));
    expect(text.slice(0, 3)).toEqual(["Freja Testdottir", "", cvLines[1]]);
    expect(read.lines.filter((l) => l.heading).map((l) => l.text)).toEqual([
      "Freja Testdottir",
      "Profile",
      "Experience",
      "Senior Backend Developer",
      "Software Developer",
      "Education",
      "Skills",
    ]);
    expect(read.lines.find((l) => l.text === "Senior Backend Developer")?.bold).toBe(true);
  });

  it("gives the made-up CV's card: name, titles, employers, education, skills from bullets", async () => {
    const card = await expectFixtureCard(odt);
    expect(card.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["PostgreSQL", "TypeScript"]));
  });

  it("gives the .doc, whose duties carry no bullet mark, the same skills as the .odt", async () => {
    const names = async (bytes: Uint8Array) =>
      parseResume(await extractDocument(bytes))
        .skills.map((s) => s.name)
        .sort();
    const fromDoc = await names(doc);
    expect(fromDoc).toEqual(await names(odt));
    expect(fromDoc).toEqual(expect.arrayContaining(["Node.js", "MySQL", "PostgreSQL"]));
    expect(fromDoc).not.toContain("Languages");
  });

  it("reads bold spans, spaces, tabs, line breaks and page headers; skips deletions and notes", async () => {
    const content = `<office:document-content><office:automatic-styles>
      <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
      </office:automatic-styles><office:body><office:text>
      <text:p><text:span text:style-name="T1">Lead Engineer</text:span></text:p>
      <text:p>Ravnholt<text:s text:c="2"/>Data<text:tab/>2021<text:line-break/>Copenhagen<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A note</text:p></text:note-body></text:note></text:p>
      <text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted line</text:p></text:deletion></text:changed-region></text:tracked-changes>
      </office:text></office:body></office:document-content>`;
    const styles = `<office:document-styles><office:master-styles><style:master-page style:name="Standard">
      <style:header><text:p>Ida Testmann · ida@example.com</text:p></style:header>
      <style:footer><text:p>Page 1</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
    const read = await extractDocument(odtBytes(content, styles));
    expect(read.lines.map((l) => l.text)).toEqual([
      "Ida Testmann · ida@example.com",
      "Lead Engineer",
      // The tab is a column's gap, kept as three spaces (types.ts cleanLine).
      "Ravnholt  Data   2021",
      "Copenhagen",
      "Page 1",
    ]);
    expect(read.lines[1]).toMatchObject({ bold: true, heading: true });
  });

  it("reads an empty paragraph as a blank line, as DOCX and plain text do (not one in a frame)", async () => {
    const content = `<office:document-content><office:body><office:text>
      <text:p/><text:p>Ida Testmann</text:p><text:p/><text:p><text:s text:c="3"/></text:p>
      <text:h>Experience</text:h><text:p>Lead Engineer</text:p>
      <text:p><draw:frame><draw:text-box><text:p>ida@example.com</text:p></draw:text-box></draw:frame></text:p>
      <text:p>Ravnholt Data</text:p><text:p/>
      </office:text></office:body></office:document-content>`;
    const read = await extractDocument(odtBytes(content));
    expect(read.lines.map((l) => l.text)).toEqual([
      "Ida Testmann",
      "",
      "Experience",
      "Lead Engineer",
      "ida@example.com",
      "Ravnholt Data",
    ]);
  });

  it("reads paragraph spacing of half a line or more as a blank line, as DOCX does", async () => {
    const styles = `<office:document-styles><office:styles>
      <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:default-style>
      <style:style style:name="Text_20_body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
      <style:style style:name="Tight" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="2pt"/></style:style>
      <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties style:contextual-spacing="true"/></style:style>
      </office:styles></office:document-styles>`;
    const content = `<office:document-content><office:body><office:text>
      <text:p text:style-name="Text_20_body">Ida Testmann</text:p>
      <text:p text:style-name="Tight">Lead Engineer</text:p>
      <text:p text:style-name="Text_20_body">Ravnholt Data</text:p>
      <text:list><text:list-item><text:p text:style-name="List">Built the tracking API</text:p></text:list-item>
      <text:list-item><text:p text:style-name="List">Moved the database</text:p></text:list-item></text:list>
      <text:p text:style-name="Tight">Engineer</text:p>
      <text:p>Kvistholm Logistics</text:p>
      </office:text></office:body></office:document-content>`;
    const read = await extractDocument(odtBytes(content, styles));
    expect(read.lines.map((l) => l.text)).toEqual([
      "Ida Testmann",
      "",
      "Lead Engineer",
      "Ravnholt Data",
      "",
      "• Built the tracking API",
      "• Moved the database",
      "",
      "Engineer",
      "Kvistholm Logistics",
    ]);
  });

  it("reads a layout table cell by cell, as DOCX does, and a data table row by row", async () => {
    const cell = (...paragraphs: string[]) =>
      `<table:table-cell>${paragraphs.map((p) => `<text:p>${p}</text:p>`).join("")}</table:table-cell>`;
    const content = `<office:document-content><office:body><office:text>
      <table:table><table:table-row>
      ${cell("Contact", "ida@example.com", "Skills", "Python, SQL")}
      ${cell("Ida Testmann", "Experience", "Data Analyst", "Ravnholt Data, 2021 - 2024")}
      </table:table-row></table:table>
      <table:table><table:table-row>${cell("Languages")}${cell("Danish, English")}</table:table-row></table:table>
      </office:text></office:body></office:document-content>`;
    const read = await extractDocument(odtBytes(content));
    expect(read.lines.map((l) => l.text)).toEqual([
      "Contact",
      "ida@example.com",
      "Skills",
      "Python, SQL",
      "Ida Testmann",
      "Experience",
      "Data Analyst",
      "Ravnholt Data, 2021 - 2024",
      "Languages | Danish, English",
    ]);
  });

  it("reads page headers, text boxes and footers as the .doc of the same file does", async () => {
    const read = await extractDocument(fixture("parts-legacy.odt"));
    expect(read.lines.map((l) => l.text)).toEqual(partsLines);
    expect(read.lines[1]?.heading).toBe(true);
  });

  it("refuses OpenDocument spreadsheets with advice", () => {
    const ods = zipBytes([
      { name: "mimetype", data: utf8("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: utf8("<office:document-content/>") },
    ]);
    expectThrows(() => assertReadable(ods), "document.unsupported_type");
  });

  it("calls a cut-off .odt corrupt, and one without text empty", async () => {
    for (const keep of [0.3, 0.9, 0.99]) {
      await expectRejects(extractDocument(odt.slice(0, Math.floor(odt.length * keep))), "document.corrupt");
    }
    const blank = odtBytes(
      "<office:document-content><office:body><office:text><text:p/></office:text></office:body></office:document-content>",
    );
    await expectRejects(extractDocument(blank), "document.empty_text");
  });

  it("applies the zip-bomb guard as for DOCX", async () => {
    const bomb = zipBytes([
      { name: "mimetype", data: utf8("application/vnd.oasis.opendocument.text") },
      { name: "content.xml", data: utf8("<office:document-content/>"), declaredSize: 500 * 1024 * 1024 },
    ]);
    await expectRejects(extractDocument(bomb), "document.zip_bomb");
  });
});

describe("damaged .doc and .odt files", () => {
  /** A fixed pseudo-random sequence, so that a failure names a case that can be run again. */
  function mutations(bytes: Uint8Array, count: number): Uint8Array[] {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    return Array.from({ length: count }, (_, i) => {
      const out = bytes.slice();
      // Half the cases hit the first 2 KB (the compound-file header, the zip's first entries).
      const span = i % 2 === 0 ? Math.min(out.length, 2048) : out.length;
      for (let k = 0, n = 1 + Math.floor(next() * 8); k < n; k++) {
        out[Math.floor(next() * span)] = Math.floor(next() * 256);
      }
      return out;
    });
  }

  it.each([["cv-legacy.doc"], ["parts-legacy.doc"], ["cv-legacy.odt"]])(
    "%s with random bytes changed is read or refused with a typed error, never anything else",
    async (name) => {
      for (const [i, bytes] of mutations(fixture(name), 100).entries()) {
        try {
          await extractDocument(bytes);
        } catch (error) {
          expect(isAppError(error), `case ${i}: ${String(error)}`).toBe(true);
        }
      }
    },
  );
});
