import { parseResume } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { assertReadable, detectLanguage, extractDocument, extractText, sniffType } from "../src";
import { docxBytes } from "./fixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("text formats", () => {
  it("gives the parser a header whose columns a tab set apart as two fields", async () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "EXPERIENCE",
      "Software Engineer\tJun 2015 – Present",
      "Zentra Labs\tLeeds, UK",
      "•\tBuilt the billing service.",
      "Junior Developer\tMar 2012 – May 2015",
      "Tarvo Systems\tYork, UK",
    ].join("\n");
    const card = parseResume(await extractDocument(utf8(text)), { now: new Date("2024-06-01") });
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city])).toEqual([
      ["Software Engineer", "Zentra Labs", "Leeds"],
      ["Junior Developer", "Tarvo Systems", "York"],
    ]);
  });

  it("keeps a tab between words as a column's gap, and a tab after a bullet as one space", async () => {
    const doc = await extractDocument(
      utf8(
        "Mira Holt\n\nSoftware Engineer\tJun 2015 – Present\nZentra Labs\t\tLeeds, UK\n•\tBuilt the billing service.\n",
      ),
    );
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Mira Holt",
      "",
      "Software Engineer   Jun 2015 – Present",
      "Zentra Labs   Leeds, UK",
      "• Built the billing service.",
    ]);
  });

  it("reads DOCX paragraphs, heading styles, bold titles and tables", async () => {
    const doc = await extractDocument(await docxBytes(), { filename: "cv.pdf" });
    expect(doc.method).toBe("docx");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Alex Testperson",
      "Experience",
      "Senior Engineer at Nordlys Software, 2019 - 2024.",
      "Skills",
      "TypeScript | Expert",
      "مهندس برمجيات 😀 Ærø",
    ]);
    expect(doc.lines.filter((l) => l.heading).map((l) => l.text)).toEqual([
      "Alex Testperson",
      "Experience",
      "Skills",
    ]);
  });

  it("reads HTML: scripts dropped, entities decoded, blocks as lines, headings flagged", async () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>
      <h1>Alex &amp; Co</h1><script>alert("pwn")</script><p>Senior&nbsp;engineer &#8211; Aarhus</p>
      <ul><li>TypeScript</li><li>AWS</li></ul><table><tr><td>2019</td><td>Nordlys</td></tr></table></body></html>`;
    const doc = await extractDocument(utf8(html));
    expect(doc.method).toBe("html");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Alex & Co",
      "Senior engineer – Aarhus",
      "- TypeScript",
      "- AWS",
      "2019 | Nordlys",
    ]);
    expect(doc.lines[0]?.heading).toBe(true);
    expect(doc.text).not.toContain("pwn");
  });

  it("reads an empty HTML paragraph, two <br> in a row and an empty <pre> line as a blank line", async () => {
    const html = `<html><body><p>Tove Lindqvist</p><p>&nbsp;</p><p>Data Analyst<br>Quellin Ltd<br><br>
      Jan 2020 – Present</p><p></p><p></p><p>Junior Analyst</p><pre>Borvik Freight\n\n2017 – 2019</pre><p></p></body></html>`;
    const doc = await extractDocument(utf8(html));
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Tove Lindqvist",
      "",
      "Data Analyst",
      "Quellin Ltd",
      "",
      "Jan 2020 – Present",
      "",
      "Junior Analyst",
      "Borvik Freight",
      "",
      "2017 – 2019",
    ]);
  });

  it("reads Markdown headings", async () => {
    const doc = await extractDocument(
      utf8("# Alex Testperson\n\nExperience\n----------\n- Built things with TypeScript\n"),
    );
    expect(doc.method).toBe("markdown");
    expect(doc.lines.filter((l) => l.heading).map((l) => l.text)).toEqual(["Alex Testperson", "Experience"]);
  });

  it("strips RTF to text, with \\uN Unicode and code-page bytes", async () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator Test;}\\f0 Alex Testperson\\par " +
      "Udvikler i \\'c6r\\'f8\\par Caf\\u233?\\tab Aarhus\\par}";
    const doc = await extractDocument(utf8(rtf));
    expect(doc.method).toBe("rtf");
    expect(doc.lines.map((l) => l.text)).toEqual(["Alex Testperson", "Udvikler i Ærø", "Café | Aarhus"]);
  });

  it("decodes UTF-16 with a BOM", async () => {
    const body = "Alex Testperson\nSenior engineer";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    const doc = await extractDocument(bytes);
    expect(doc.lines.map((l) => l.text)).toEqual(["Alex Testperson", "Senior engineer"]);
  });

  it("keeps Arabic (RTL) text and detects its language", async () => {
    const text = "مهندس برمجيات أول\nخبرة عشر سنوات في تطوير الأنظمة السحابية وقواعد البيانات";
    const doc = await extractDocument(utf8(text));
    expect(doc.lines[0]?.text).toBe("مهندس برمجيات أول");
    expect(doc.language).toBe("ar");
  });

  it("keeps emoji and removes NUL bytes from text, with a warning", async () => {
    const doc = await extractDocument(
      utf8("Alex Testperson 🚀\u0000\nLoves TypeScript ✨ and clean code in every project"),
    );
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Alex Testperson 🚀",
      "Loves TypeScript ✨ and clean code in every project",
    ]);
    expect(doc.warnings.join(" ")).toMatch(/NUL bytes/);
  });

  it("keeps extractText and assertReadable working for uploads", () => {
    expect(extractText(utf8("# Title\nBody text"), "cv.md")).toMatchObject({
      mime: "text/markdown",
      method: "markdown",
    });
    expect(assertReadable(utf8("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
  });
});

describe("detectLanguage", () => {
  it.each([
    [
      "en",
      "Senior software engineer with ten years of experience building distributed cloud systems for customers",
    ],
    [
      "da",
      "Erfaren softwareudvikler med fokus på TypeScript og cloud. Jeg har arbejdet i mange år med at bygge systemer.",
    ],
    [
      "de",
      "Erfahrener Softwareentwickler mit Schwerpunkt auf verteilten Systemen und jahrelanger Erfahrung im Team",
    ],
    [
      "fr",
      "Ingénieur logiciel expérimenté, spécialisé dans les systèmes distribués et le développement en équipe",
    ],
    [
      "es",
      "Ingeniero de software con experiencia en sistemas distribuidos y en el desarrollo de aplicaciones web",
    ],
    [
      "sv",
      "Erfaren systemutvecklare med fokus på TypeScript och moln. Jag har arbetat i många år med att bygga system.",
    ],
    ["ar", "مهندس برمجيات ذو خبرة"],
  ])("%s", (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it("returns null for text too short to tell", () => {
    expect(detectLanguage("AWS, SQL")).toBeNull();
  });
});
