import { parseResume } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { renderPdf } from "../src/render/pdf";
import { pdfBytes } from "./fixtures";

/*
 * A PDF has no paragraphs, only rows of glyphs: a word processor wraps a long line into several
 * rows, and shows a paragraph break as a wider step down. Plain text and DOCX keep both (one line
 * per paragraph, an empty line between blocks), and the parser reads them; the PDF reader rebuilds
 * them from the rows' positions. Every CV here is made up and set with pdfkit.
 */

type Pdf = Parameters<Parameters<typeof pdfBytes>[0]>[0];
const width = 420;

/** Each line set at 10 pt from the left margin; a long one wraps; "" is an empty line's space. */
function write(d: Pdf, lines: string[], options: { bold?: string[] } = {}) {
  for (const line of lines) {
    d.font(options.bold?.includes(line) ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    d.text(line === "" ? " " : line, 60, undefined, { width });
  }
}

async function lines(draw: (d: Pdf) => void): Promise<string[]> {
  return (await extractDocument(await pdfBytes(draw), { ocr: false })).lines.map((l) => l.text);
}

const summary =
  "Analyst with six years of turning sales and logistics data into reports that managers read and act upon every week, and of teaching them to read the numbers themselves.";
const duty =
  "• Built the weekly sales dashboard used by forty store managers across the region, replacing eleven spreadsheets that were mailed around every Monday morning";

describe("PDF paragraphs", () => {
  it("joins the rows of a wrapped paragraph and of a wrapped bullet back into one line each", async () => {
    const text = await lines((d) => write(d, ["Tove Lindqvist", "", summary, "", duty, "• Cut report time"]));
    expect(text).toEqual(["Tove Lindqvist", "", summary, "", duty, "• Cut report time"]);
  });

  it("joins a word wrapped after its hyphen or slash without a space (an address stays whole)", async () => {
    const contact =
      "saoirse.devlin@example.net · +44 555 0120 517 · Belfast, United Kingdom · https://saoirse.example.net";
    const bytes = await renderPdf({
      rtl: false,
      language: "en",
      main: [
        { kind: "line", text: contact },
        { kind: "line", text: summary },
      ],
    });
    const text = (await extractDocument(bytes, { ocr: false })).lines.map((l) => l.text);
    expect(text).toEqual([contact, summary]);
  });

  it("reads a wider step down as a blank line, as plain text has it, and an even one as none", async () => {
    const text = await lines((d) =>
      write(d, ["Data Analyst", "Quellin Ltd", "", "", "Jan 2020 – Present", "", "Junior Analyst"]),
    );
    expect(text).toEqual(["Data Analyst", "Quellin Ltd", "", "Jan 2020 – Present", "", "Junior Analyst"]);
  });

  it("keeps lines the author ended apart, even beside a full one", async () => {
    const full = "Skills: Python, SQL, Tableau, Power BI, Excel, dbt, Airflow, Looker, Snowflake, BigQuery";
    const text = await lines((d) => {
      write(d, [full, "Languages: Danish, English", full, "2019 – 2021 Borvik Freight", full], {
        bold: [],
      });
      write(d, ["Junior Analyst"], { bold: ["Junior Analyst"] });
      d.font("Helvetica").fontSize(10).text("Borvik Freight", 60, undefined, { width });
    });
    // A label, a date and a bold line start something of their own; "Borvik Freight" would have
    // fit after "Junior Analyst", so that row was ended by hand.
    expect(text).toEqual([
      full,
      "Languages: Danish, English",
      full,
      "2019 – 2021 Borvik Freight",
      full,
      "Junior Analyst",
      "Borvik Freight",
    ]);
  });

  it("joins nothing on a page of short lines whose one long line reaches the right", async () => {
    const long = "Willing to relocate to: Aarhus, Midtjylland - Odense, Syddanmark - Aalborg, Denmark";
    const text = await lines((d) => write(d, [long, "WORK EXPERIENCE", "Data Analyst", "Quellin Ltd"]));
    expect(text).toEqual([long, "WORK EXPERIENCE", "Data Analyst", "Quellin Ltd"]);
  });

  it("joins the one wrapped paragraph of a page of short lines when it goes on in lower case", async () => {
    const intro =
      "Marrowbone & Finch is a creative agency for food and drink brands. We are hiring an art director to lead campaigns from idea to shoot.";
    const text = await lines((d) =>
      write(d, ["Art Director", intro, "RESPONSIBILITIES", "• Lead campaigns"]),
    );
    expect(text).toEqual(["Art Director", intro, "RESPONSIBILITIES", "• Lead campaigns"]);
  });

  it("keeps a full-width row closed by its date range apart from the capitalised row under it", async () => {
    const first = "University of Tarvo — BSc (Hons) Accounting and Finance, First Class        2011 – 2014";
    const second = "Quellin Grammar School — A Levels: Maths (A), Economics (A), Geography (B)   2009 – 2011";
    const text = await lines((d) => write(d, ["Mira Holt", "", summary, "", "EDUCATION", first, second]));
    expect(text.slice(-2).map((t) => t.replace(/\s+/g, " "))).toEqual(
      [first, second].map((t) => t.replace(/\s+/g, " ")),
    );
  });

  it("keeps a table's rows apart", async () => {
    const text = await lines((d) => {
      d.font("Helvetica").fontSize(10);
      for (const [i, [role, years]] of [
        ["Senior Engineer at Nordlys Energy, platform and data teams, Copenhagen", "2020 – 2023"],
        ["Engineer at Fjordbyte, payments", "2017 – 2020"],
        ["Intern at Testcorp", "2016"],
      ].entries()) {
        d.text(role ?? "", 60, 100 + i * 12, { lineBreak: false });
        d.text(years ?? "", 470, 100 + i * 12, { lineBreak: false });
      }
    });
    expect(text).toEqual([
      "Senior Engineer at Nordlys Energy, platform and data teams, Copenhagen | 2020 – 2023",
      "Engineer at Fjordbyte, payments | 2017 – 2020",
      "Intern at Testcorp | 2016",
    ]);
  });

  it("keeps a tab stop's gap as spaces, so a title and an employer on one row stay apart", async () => {
    const bytes = await pdfBytes((d) => {
      write(d, ["Tove Lindqvist", "", "EXPERIENCE"]);
      const y = d.y;
      d.font("Helvetica-Bold").fontSize(10).text("Data Analyst", 60, y, { lineBreak: false });
      d.font("Helvetica").text("Quellin Ltd", 60 + d.widthOfString("Data Analyst") + 24, y, {
        lineBreak: false,
      });
      d.text("Jan 2020 – Present", 60, y + 12);
      d.text("• Built the weekly sales dashboard", 60, y + 24);
    });
    const doc = await extractDocument(bytes, { ocr: false });
    const row = doc.lines.find((l) => l.text.startsWith("Data Analyst"));
    expect(row?.text).toMatch(/^Data Analyst {6,}Quellin Ltd$/);
    expect(parseResume(doc).work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Data Analyst", "Quellin Ltd"],
    ]);
  });

  it("gives the card the entries that blank lines separate, as the same CV in plain text does", async () => {
    const cv = [
      "Tove Lindqvist",
      "",
      "WORK EXPERIENCE",
      "",
      "Senior Systems Engineer",
      "",
      "Quellin Limited - Aarhus",
      "",
      "February 2014 to Present",
      "",
      "Development, testing, support",
      "",
      "Systems Engineer",
      "",
      "Ravnholt Data",
      "",
      "Development, testing, support",
      "",
      "EDUCATION",
      "",
      "B.Tech in Information Technology",
    ];
    const fromPdf = parseResume(await extractDocument(await pdfBytes((d) => write(d, cv)), { ocr: false }));
    const fromText = parseResume(
      await extractDocument(new TextEncoder().encode(cv.join("\n")), { ocr: false }),
    );
    const jobs = (card: typeof fromPdf) => card.work_experience.map((j) => [j.title, j.company]);
    expect(jobs(fromPdf)).toEqual([
      ["Senior Systems Engineer", "Quellin Limited"],
      ["Systems Engineer", "Ravnholt Data"],
    ]);
    expect(jobs(fromPdf)).toEqual(jobs(fromText));
  });
});
