import { parseResume } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { zipBytes } from "./fixtures";

/*
 * Issue 12: Word CVs made from templates build their layout out of Word structures — a table
 * of two cells holding the whole CV, text boxes, content controls around every field — not out
 * of plain paragraphs. Each shape here is hand-written WordprocessingML as Word saves it.
 * Data tables, text boxes, the page header and hyperlink runs already read right; their tests
 * guard that. Layout tables, prompts of content controls, link addresses the text does not show
 * ("LinkedIn"), non-breaking hyphens and w:sym bullets did not.
 */

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A .docx of a body and, optionally, other parts: word/header1.xml … as body XML, *.rels as they are. */
function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const part = (root: string, xml: string) =>
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${namespaces}>${xml}</w:${root}>`,
    );
  return zipBytes([
    { name: "word/document.xml", data: part("document", `<w:body>${body}</w:body>`) },
    ...Object.entries(parts).map(([name, xml]) => ({
      name,
      data: name.endsWith(".rels") ? utf8(xml) : part("hdr", xml),
    })),
  ]);
}

const run = (text: string, bold = false) =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A paragraph; "#" in front makes it a Heading1, "*" a bold line, "• " a list item (w:numPr). */
function p(text: string): string {
  if (text.startsWith("#"))
    return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(text.slice(1))}</w:p>`;
  if (text.startsWith("*")) return `<w:p>${run(text.slice(1), true)}</w:p>`;
  if (text.startsWith("• "))
    return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text.slice(2))}</w:p>`;
  return `<w:p>${run(text)}</w:p>`;
}
const cell = (...paragraphs: string[]) =>
  `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${paragraphs.join("")}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join("")}</w:tbl>`;

async function lines(bytes: Uint8Array): Promise<string[]> {
  return (await extractDocument(bytes, { ocr: false })).lines.map((l) => l.text);
}

const sidebar = [
  "#Contact",
  "sofie.brandt@example.com",
  "+45 20 12 34 56",
  "Aarhus, Denmark",
  "#Skills",
  "• Python",
  "• SQL",
  "• Tableau",
  "• Power BI",
  "#Languages",
  "Danish (native)",
  "English (fluent)",
];
const main = [
  "#Profile",
  "Analyst with six years of turning sales and logistics data into reports that managers read and act upon every week.",
  "#Experience",
  "*Data Analyst — Quellin Ltd",
  "Jan 2020 – Present",
  "• Built the weekly sales dashboard used by forty store managers across the region",
  "• Cut report preparation time from two days to three hours",
  "*Junior Analyst — Borvik Freight",
  "Aug 2017 – Dec 2019",
  "• Modelled delivery times for the northern routes",
  "#Education",
  "*BSc Economics — Aarhus University",
  "2014 – 2017",
];
/** Microsoft's resume templates: the name across the top, then one row of a sidebar and a main cell. */
const layoutCv = () =>
  docx(
    table(
      row(
        cell(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run("Sofie Brandt")}</w:p>`, p("Data Analyst")),
      ),
      row(cell(...sidebar.map(p)), cell(...main.map(p))),
    ),
  );
/** A line as read: no "#" or "*" marks; list items keep their "• ". */
const bare = (line: string) => line.replace(/^[#*]/, "");

describe("a layout table reads cell by cell, each paragraph a line", () => {
  it("gives the sidebar's and the main cell's paragraphs as lines, in reading order", async () => {
    const text = await lines(layoutCv());
    expect(text.slice(0, 2)).toEqual(["Sofie Brandt", "Data Analyst"]);
    expect(text.slice(2)).toEqual([...sidebar, ...main].map(bare));
  });

  it("keeps the heading, bold and list flags of the cells' paragraphs", async () => {
    const doc = await extractDocument(layoutCv(), { ocr: false });
    const headings = doc.lines.filter((l) => l.heading).map((l) => l.text);
    expect(headings).toEqual(
      expect.arrayContaining(["Sofie Brandt", "Skills", "Experience", "Data Analyst — Quellin Ltd"]),
    );
    expect(doc.lines.find((l) => l.text === "Junior Analyst — Borvik Freight")?.bold).toBe(true);
  });

  it("gives a card with the name, the roles and the sidebar's skills", async () => {
    const card = parseResume(await extractDocument(layoutCv(), { ocr: false }));
    expect(card.personal_info.name).toBe("Sofie Brandt");
    expect(card.personal_info.email).toBe("sofie.brandt@example.com");
    expect(card.work_experience.map((r) => [r.title, r.company])).toEqual([
      ["Data Analyst", "Quellin Ltd"],
      ["Junior Analyst", "Borvik Freight"],
    ]);
    const skills = card.skills.map((s) => s.name);
    for (const skill of ["Python", "SQL", "Tableau", "Power BI"]) expect(skills).toContain(skill);
  });

  it("reads a nested table inside a layout cell in place", async () => {
    const inner = table(row(cell(p("Python")), cell(p("Expert"))), row(cell(p("SQL")), cell(p("Advanced"))));
    const text = await lines(
      docx(
        table(
          row(cell(p("#Skills"), inner, p("#Languages"), p("Danish")), cell(p("#Profile"), p("Analyst."))),
        ),
      ),
    );
    expect(text).toEqual([
      "Skills",
      "Python | Expert",
      "SQL | Advanced",
      "Languages",
      "Danish",
      "Profile",
      "Analyst.",
    ]);
  });

  it("reads a section heading in one cell beside its entries in the next", async () => {
    const text = await lines(
      docx(
        table(row(cell(p("#Experience")), cell(p("*Data Analyst — Quellin Ltd"), p("Jan 2020 – Present")))),
      ),
    );
    expect(text).toEqual(["Experience", "Data Analyst — Quellin Ltd", "Jan 2020 – Present"]);
  });

  it("reads entries set as rows of a dates cell beside a cell of head, place and bullets", async () => {
    const entry = (dates: string, head: string, ...bullets: string[]) =>
      row(cell(p(dates)), cell(p(`*${head}`), ...bullets.map((b) => p(`• ${b}`))));
    const body =
      p("*Sofie Brandt") +
      p("sofie.brandt@example.com") +
      p("#Experience") +
      table(
        entry(
          "Jan 2020 – Present",
          "Data Analyst — Quellin Ltd",
          "Built the weekly sales dashboard for forty stores",
        ),
        entry(
          "Aug 2017 – Dec 2019",
          "Junior Analyst — Borvik Freight",
          "Modelled delivery times for the northern routes",
        ),
      ) +
      p("#Skills") +
      p("Python, SQL, Tableau");
    const doc = await extractDocument(docx(body), { ocr: false });
    expect(doc.lines.map((l) => l.text).slice(3, 7)).toEqual([
      "Jan 2020 – Present",
      "Data Analyst — Quellin Ltd",
      "• Built the weekly sales dashboard for forty stores",
      "Aug 2017 – Dec 2019",
    ]);
    const card = parseResume(doc);
    expect(card.work_experience.map((r) => [r.title, r.company, r.start])).toEqual([
      ["Data Analyst", "Quellin Ltd", "2020-01"],
      ["Junior Analyst", "Borvik Freight", "2017-08"],
    ]);
  });

  it("keeps reading a cell after a broken table in it (a cell with no row)", async () => {
    const broken = `<w:tbl>${cell(p("Python"))}</w:tbl>`;
    const text = await lines(
      docx(table(row(cell(p("#Skills"), broken, p("SQL")), cell(p("#Profile"), p("Analyst."))))),
    );
    expect(text).toEqual(["Skills", "Python", "SQL", "Profile", "Analyst."]);
  });
});

describe("a data table keeps one line per row", () => {
  it("joins short one-paragraph cells with ' | '", async () => {
    const text = await lines(
      docx(
        p("#Experience") +
          table(
            row(cell(p("*Company")), cell(p("*Role")), cell(p("*Years"))),
            row(cell(p("Quellin Ltd")), cell(p("Data Analyst")), cell(p("2020 – 2024"))),
            row(cell(p("Borvik Freight")), cell(p("Junior Analyst")), cell(p("2017 – 2019"))),
          ),
      ),
    );
    expect(text).toEqual([
      "Experience",
      "Company | Role | Years",
      "Quellin Ltd | Data Analyst | 2020 – 2024",
      "Borvik Freight | Junior Analyst | 2017 – 2019",
    ]);
  });
});

/** A DrawingML text box as Word saves it: the box, then its VML copy for older readers. */
function textBox(...paragraphs: string[]): string {
  const content = `<w:txbxContent>${paragraphs.join("")}</w:txbxContent>`;
  return (
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>` +
    `<wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback>` +
    `</mc:AlternateContent></w:r></w:p>`
  );
}

describe("text boxes, content controls, links and symbols", () => {
  it("reads a text box once (its VML fallback copy is skipped)", async () => {
    const text = await lines(
      docx(textBox(p("*Sofie Brandt"), p("sofie.brandt@example.com")) + p("#Experience")),
    );
    expect(text).toEqual(["Sofie Brandt", "sofie.brandt@example.com", "Experience"]);
  });

  it("puts the name and contact from the page header (in a text box) before the body", async () => {
    const header = textBox(p("*Sofie Brandt"), p("+45 20 12 34 56"));
    const text = await lines(
      docx(p("#Experience") + p("Data Analyst — Quellin Ltd"), { "word/header1.xml": header }),
    );
    expect(text).toEqual(["Sofie Brandt", "+45 20 12 34 56", "Experience", "Data Analyst — Quellin Ltd"]);
  });

  it("reads filled content controls and drops those still showing their prompt", async () => {
    const control = (inner: string, prompt = false) =>
      `<w:sdt><w:sdtPr><w:alias w:val="Field"/>${prompt ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const body =
      control(p("Sofie Brandt")) +
      control(p("[Your address]"), true) +
      `<w:p>${run("Phone: ")}${control(run("+45 20 12 34 56"))}${control(run("[Your e-mail]"), true)}</w:p>` +
      control(
        table(
          row(
            cell(p("#Experience"), control(p("Data Analyst — Quellin Ltd")), control(p("[Job title]"), true)),
          ),
        ),
      );
    expect(await lines(docx(body))).toEqual([
      "Sofie Brandt",
      "Phone: +45 20 12 34 56",
      "Experience",
      "Data Analyst — Quellin Ltd",
    ]);
  });

  it("reads hyperlink runs (an e-mail, a LinkedIn address)", async () => {
    const link = (text: string) => `<w:hyperlink r:id="rId9" w:history="1">${run(text)}</w:hyperlink>`;
    const body = `<w:p>${link("sofie.brandt@example.com")}${run(" | ")}${link("linkedin.com/in/sofie-brandt")}</w:p>`;
    expect(await lines(docx(body))).toEqual(["sofie.brandt@example.com | linkedin.com/in/sofie-brandt"]);
  });

  it("adds the address of a hyperlink whose text does not show it ('Email', 'LinkedIn')", async () => {
    const link = (id: string, text: string) => `<w:hyperlink r:id="${id}">${run(text)}</w:hyperlink>`;
    const header = `<w:p>${link("rId1", "Email")}${run(" | ")}${link("rId2", "LinkedIn")}</w:p>`;
    const body =
      `<w:p>${link("rId3", "www.sofiebrandt.dk")}</w:p>` +
      table(row(cell(p("#Contact"), `<w:p>${link("rId4", "My portfolio")}</w:p>`), cell(p("#Profile"))));
    const target = (id: string, url: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}" TargetMode="External"/>`;
    const rels = (...targets: string[]) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.join("")}</Relationships>`;
    const text = await lines(
      docx(body, {
        "word/header1.xml": header,
        "word/_rels/header1.xml.rels": rels(
          target("rId1", "mailto:sofie.brandt@example.com?subject=Hello"),
          target("rId2", "https://www.linkedin.com/in/sofie-brandt"),
        ),
        "word/_rels/document.xml.rels": rels(
          target("rId3", "https://www.sofiebrandt.dk/"),
          target("rId4", "https://sofiebrandt.dk/work?a=1&amp;b=2"),
        ),
      }),
    );
    expect(text).toEqual([
      "Email | LinkedIn",
      "sofie.brandt@example.com",
      "https://www.linkedin.com/in/sofie-brandt",
      "www.sofiebrandt.dk",
      "Contact",
      "My portfolio",
      "https://sofiebrandt.dk/work?a=1&b=2",
      "Profile",
    ]);
  });

  it("writes a non-breaking hyphen as '-' and drops a soft hyphen", async () => {
    const body =
      `<w:p>${run("Anne")}<w:r><w:noBreakHyphen/></w:r>${run("Marie Brandt-Holm")}</w:p>` +
      `<w:p><w:r><w:t>Data</w:t><w:softHyphen/><w:t>analyst, 2019</w:t><w:noBreakHyphen/><w:t>2024</w:t></w:r></w:p>`;
    expect(await lines(docx(body))).toEqual(["Anne-Marie Brandt-Holm", "Dataanalyst, 2019-2024"]);
  });

  it("reads a w:sym bullet as '•' and a real symbol as itself", async () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const body =
      `<w:p>${sym("Symbol", "F0B7")}<w:r><w:tab/></w:r>${run("Python")}</w:p>` +
      `<w:p>${sym("Wingdings", "F0D8")}${run(" SQL")}</w:p>` +
      `<w:p>${run("Tableau ")}${sym("Wingdings", "F04A")}${run(" Danish ")}${sym("Calibri", "2013")}${run(" native")}</w:p>`;
    expect(await lines(docx(body))).toEqual(["• Python", "• SQL", "Tableau  Danish – native"]);
  });
});

describe("empty paragraphs", () => {
  const empty = "<w:p/>";
  const spaced = "<w:p><w:pPr><w:spacing w:after='0'/></w:pPr></w:p>";

  it("are blank lines, as in plain text: one for a run of them, none at the ends", async () => {
    const body = [
      empty,
      p("Sofie Brandt"),
      empty,
      p("#Experience"),
      p("Data Analyst"),
      spaced,
      empty,
      p("Quellin Ltd"),
      `<w:p>${run("   ")}</w:p>`,
      p("2020 – Present"),
      empty,
    ].join("");
    expect(await lines(docx(body))).toEqual([
      "Sofie Brandt",
      "",
      "Experience",
      "Data Analyst",
      "",
      "Quellin Ltd",
      "",
      "2020 – Present",
    ]);
  });

  it("give the card the entries a blank line separates (a job with no dates is not run into the next)", async () => {
    const entries = [
      "#Work experience",
      "Senior Systems Engineer",
      "Quellin Limited - Aarhus",
      "February 2014 to Present",
      "Development, testing, support",
      "Systems Engineer",
      "Ravnholt Data",
      "Development, testing, support",
      "#Education",
      "B.Tech in Information Technology",
    ];
    const withBlanks = docx([p("Sofie Brandt"), ...entries.map((line) => p(line) + empty)].join(""));
    const card = parseResume(await extractDocument(withBlanks, { ocr: false }));
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Senior Systems Engineer", "Quellin Limited"],
      ["Systems Engineer", "Ravnholt Data"],
    ]);
  });

  it("are no blank line when they hold a text box, a picture or a prompt, or sit in a table cell", async () => {
    const prompt = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p("[Your address]")}</w:sdtContent></w:sdt>`;
    const picture = `<w:p><w:r><w:drawing><wp:inline/></w:drawing></w:r></w:p>`;
    const body = [
      p("Sofie Brandt"),
      textBox(p("sofie.brandt@example.com")),
      prompt,
      picture,
      p("Data Analyst"),
      table(row(cell(p("Python"), empty, p("SQL")), cell(p("Danish"), empty, p("English")))),
      p("Quellin Ltd"),
    ].join("");
    expect(await lines(docx(body))).toEqual([
      "Sofie Brandt",
      "sofie.brandt@example.com",
      "Data Analyst",
      "Python",
      "SQL",
      "Danish",
      "English",
      "Quellin Ltd",
    ]);
  });
});

describe("paragraph spacing", () => {
  /** A paragraph with its own w:pPr (spacing, style) around one run. */
  const para = (text: string, pPr: string) => `<w:p><w:pPr>${pPr}</w:pPr>${run(text)}</w:p>`;
  const after = (twips: number) => `<w:spacing w:after="${twips}"/>`;
  /** docx() writes extra parts as header XML; this one takes styles.xml as it is. */
  function docxWithStyles(body: string, styles: string): Uint8Array {
    const part = (root: string, xml: string) =>
      utf8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${namespaces}>${xml}</w:${root}>`,
      );
    return zipBytes([
      { name: "word/document.xml", data: part("document", `<w:body>${body}</w:body>`) },
      { name: "word/styles.xml", data: part("styles", styles) },
    ]);
  }

  it("reads space of half a line or more between paragraphs as a blank line, as their PDF shows", async () => {
    const body = [
      para("Sofie Brandt", after(240)),
      para("Data Analyst", after(0)),
      para("Quellin Ltd", after(60)),
      para("Jan 2020 – Present", `${after(100)}`),
      para("Junior Analyst", '<w:spacing w:before="40"/>'),
    ].join("");
    expect(await lines(docx(body))).toEqual([
      "Sofie Brandt",
      "",
      "Data Analyst",
      "Quellin Ltd",
      "Jan 2020 – Present",
      "",
      "Junior Analyst",
    ]);
  });

  it("takes the spacing from the style, the styles it is based on and the defaults; lists keep none", async () => {
    const styles =
      '<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259"/></w:pPr></w:pPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Tight"><w:name w:val="Tight"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="JobTitle"><w:name w:val="Job title"/><w:basedOn w:val="Tight"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:contextualSpacing/></w:pPr></w:style>';
    const list = (text: string) =>
      para(text, '<w:pStyle w:val="ListParagraph"/><w:numPr><w:numId w:val="1"/></w:numPr>');
    const body = [
      para("Sofie Brandt", ""),
      para("Data Analyst", '<w:pStyle w:val="JobTitle"/>'),
      para("Quellin Ltd", '<w:pStyle w:val="Tight"/>'),
      para("Jan 2020 – Present", ""),
      list("Built the weekly sales dashboard"),
      list("Cut report time"),
      para("Junior Analyst", '<w:pStyle w:val="JobTitle"/>'),
    ].join("");
    expect(await lines(docxWithStyles(body, styles))).toEqual([
      "Sofie Brandt",
      "",
      "Data Analyst",
      "Quellin Ltd",
      "Jan 2020 – Present",
      "",
      "• Built the weekly sales dashboard",
      "• Cut report time",
      "",
      "Junior Analyst",
    ]);
  });

  it("gives the card the entries that spacing separates, as the same CV in plain text does", async () => {
    const blocks = [
      ["Sofie Brandt"],
      ["Work experience"],
      ["Senior Systems Engineer"],
      ["Quellin Limited - Aarhus"],
      ["February 2014 to Present"],
      ["Development, testing, support"],
      ["Systems Engineer"],
      ["Ravnholt Data"],
      ["Development, testing, support"],
      ["Education"],
      ["B.Tech in Information Technology"],
    ];
    const body = blocks.map(([text]) => para(text ?? "", after(240))).join("");
    const card = parseResume(await extractDocument(docx(body), { ocr: false }));
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Senior Systems Engineer", "Quellin Limited"],
      ["Systems Engineer", "Ravnholt Data"],
    ]);
  });
});
