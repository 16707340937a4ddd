import { parseResume } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src";
import { startPdf } from "../src/render/pdf";

/*
 * Issue 12: a two-column CV template set in one font size and line spacing has its sidebar's
 * rows on the same baselines as its main column's, so every row pairs across the gutter as in a
 * table. Such pages must read column by column; real tables must still read row by row.
 */

/** A line of a column; "#" in front sets it bold (a heading or an entry head), "" is a blank line. */
type Column = string[];

interface Cell {
  text: string;
  x: number;
  width: number;
  bold?: boolean;
  align?: "left" | "right";
}

async function twoColumnPdf(sidebar: Column, main: Column, side: "left" | "right"): Promise<Uint8Array> {
  const { doc, done, fonts } = startPdf("test");
  const write = (lines: Column, x: number, width: number) => {
    doc.y = 48;
    for (const line of lines) {
      const bold = line.startsWith("#");
      doc.font(bold ? fonts.bold : fonts.regular).fontSize(10);
      if (line === "") doc.moveDown(1);
      else doc.text(bold ? line.slice(1) : line, x, undefined, { width });
    }
  };
  write(sidebar, side === "left" ? 36 : 409, 150);
  write(main, side === "left" ? 210 : 48, 340);
  doc.end();
  return done;
}

/** A table: each row's cells on one baseline, 14 pt apart. */
async function tablePdf(rows: Cell[][]): Promise<Uint8Array> {
  const { doc, done, fonts } = startPdf("test");
  rows.forEach((cells, i) => {
    for (const cell of cells) {
      doc.font(cell.bold ? fonts.bold : fonts.regular).fontSize(10);
      doc.text(cell.text, cell.x, 48 + i * 14, { width: cell.width, align: cell.align ?? "left" });
    }
  });
  doc.end();
  return done;
}

async function lines(bytes: Uint8Array): Promise<string[]> {
  return (await extractDocument(bytes, { ocr: false })).text.split("\n").filter((l) => l !== "");
}

const sidebar: Column = [
  "#CONTACT",
  "tove.l@example.com",
  "+46 70 123 45 67",
  "Uppsala, Sweden",
  "",
  "#SKILLS",
  "Python",
  "SQL",
  "Tableau",
  "Power BI",
  "Excel",
  "",
  "#LANGUAGES",
  "Swedish (native)",
  "English (fluent)",
  "German (basic)",
  "Finnish (basic)",
];
const longSidebar: Column = [...sidebar, "", "#INTERESTS", "Cycling", "Chess"];
const main: Column = [
  "#Tove Lindqvist",
  "Data Analyst",
  "",
  "#PROFILE",
  "Analyst with six years of turning sales and logistics data into reports that managers read and act upon every week.",
  "",
  "#EXPERIENCE",
  "#Data Analyst — Quellin Ltd",
  "Jan 2020 – Present",
  "• Built the weekly sales dashboard used by forty store managers across the region",
  "• Cut report preparation time from two days to three hours",
  "#Junior Analyst — Borvik Freight",
  "Aug 2017 – Dec 2019",
  "• Modelled delivery times for the northern routes",
  "",
  "#EDUCATION",
  "#BSc Economics — Uppsala University",
  "2014 – 2017",
];

const sidebarLines = ["SKILLS", "Python", "SQL", "Tableau", "Power BI", "Excel", "LANGUAGES"];
const cases = [
  ["left", "as long as the main column", longSidebar],
  ["right", "as long as the main column", longSidebar],
  ["left", "shorter than the main column", sidebar],
  ["right", "shorter than the main column", sidebar],
] as const;

describe("two-column CVs whose rows line up", () => {
  it.each(cases)("read column by column (sidebar on the %s, %s)", async (side, _, sideLines) => {
    const text = await lines(await twoColumnPdf(sideLines, main, side));
    // The sidebar's lines come whole and in a run, never glued to an entry line.
    const from = text.indexOf("SKILLS");
    expect(text.slice(from, from + sidebarLines.length)).toEqual(sidebarLines);
    expect(text).toContain("Data Analyst — Quellin Ltd");
    expect(text).toContain("Junior Analyst — Borvik Freight");
    // The profile wraps in its column; its rows come back as the one line it was written as.
    expect(text).toContain(
      "Analyst with six years of turning sales and logistics data into reports that managers read and act upon every week.",
    );
  });

  it("read column by column when nothing is bold (a paragraph wraps beside a sidebar heading)", async () => {
    const plain = (column: Column) => column.map((line) => line.replace(/^#/, ""));
    const text = await lines(await twoColumnPdf(plain(longSidebar), plain(main), "left"));
    const from = text.indexOf("SKILLS");
    expect(text.slice(from, from + sidebarLines.length)).toEqual(sidebarLines);
  });

  it("read column by column when no paragraph wraps (bold heads on both sides)", async () => {
    // A compact main column: no paragraph, no blank line between its sections.
    const short = main.filter((line) => line !== "" && line.length < 60);
    const text = await lines(await twoColumnPdf(sidebar, short, "right"));
    const from = text.indexOf("SKILLS");
    expect(text.slice(from, from + sidebarLines.length)).toEqual(sidebarLines);
    expect(text).toContain("Data Analyst — Quellin Ltd");
  });

  it.each(cases)(
    "give a card with the roles and the skills (sidebar on the %s, %s)",
    async (side, _, sideLines) => {
      const doc = await extractDocument(await twoColumnPdf(sideLines, main, side), { ocr: false });
      const card = parseResume(doc);
      expect(card.work_experience.map((r) => [r.title, r.company])).toEqual([
        ["Data Analyst", "Quellin Ltd"],
        ["Junior Analyst", "Borvik Freight"],
      ]);
      const skills = card.skills.map((s) => s.name);
      for (const skill of ["Python", "SQL", "Tableau", "Power BI"]) expect(skills).toContain(skill);
    },
  );
});

describe("tables whose rows pair across the gap still read row by row", () => {
  it("entry lines with their dates at the right margin", async () => {
    const entry = (head: string, dates: string, place: string, city: string): Cell[][] => [
      [
        { text: head, x: 48, width: 340, bold: true },
        { text: dates, x: 420, width: 127, align: "right" },
      ],
      [
        { text: place, x: 48, width: 340 },
        { text: city, x: 420, width: 127, align: "right" },
      ],
    ];
    const text = await lines(
      await tablePdf([
        ...entry("Data Analyst", "Jan 2020 – Present", "Quellin Ltd", "Uppsala"),
        ...entry("Junior Analyst", "Aug 2017 – Dec 2019", "Borvik Freight", "Västerås"),
        ...entry("Analyst Intern", "Jun 2016 – Aug 2016", "Marrow & Finch", "Gävle"),
      ]),
    );
    expect(text).toContain("Data Analyst | Jan 2020 – Present");
    expect(text).toContain("Borvik Freight | Västerås");
  });

  it("entries whose descriptions wrap in their cells beside dates, place and hours", async () => {
    const description = [
      "Built the weekly sales dashboard used by forty store managers",
      "across the region and trained them to read it",
    ];
    // One record: its head and dates, then its description beside the place and the hours.
    const record = (head: string, dates: string, place: string, hours: string) =>
      [
        [head, dates],
        [description[0] as string, place],
        [description[1] as string, hours],
      ].map(([left, right], i) => [
        { text: left as string, x: 48, width: 340, ...(i === 0 ? { bold: true } : {}) },
        { text: right as string, x: 420, width: 127, align: "right" as const },
      ]);
    const text = await lines(
      await tablePdf([
        ...record("Data Analyst, Quellin Ltd", "2020 – 2024", "Uppsala", "full time"),
        ...record("Junior Analyst, Borvik Freight", "2017 – 2019", "Gävle", "part time"),
      ]),
    );
    expect(text).toContain("Data Analyst, Quellin Ltd | 2020 – 2024");
    expect(text).toContain("Junior Analyst, Borvik Freight | 2017 – 2019");
  });

  it("a Company | Role | Years grid", async () => {
    const row = (cells: [string, string, string], bold = false): Cell[] => [
      { text: cells[0], x: 48, width: 160, bold },
      { text: cells[1], x: 230, width: 200, bold },
      { text: cells[2], x: 460, width: 87, bold },
    ];
    const text = await lines(
      await tablePdf([
        row(["Company", "Role", "Years"], true),
        row(["Quellin Ltd", "Data Analyst", "2020 – 2024"]),
        row(["Borvik Freight", "Junior Analyst", "2017 – 2019"]),
        row(["Marrow & Finch", "Analyst Intern", "2016"]),
      ]),
    );
    expect(
      text.some((l) => l.includes("Quellin Ltd") && l.includes("Data Analyst") && l.includes("2020")),
    ).toBe(true);
    expect(text.some((l) => l.includes("Borvik Freight") && l.includes("Junior Analyst"))).toBe(true);
  });

  it("labels in bold beside their values", async () => {
    const row = (label: string, value: string): Cell[] => [
      { text: label, x: 48, width: 120, bold: true },
      { text: value, x: 200, width: 347 },
    ];
    const text = await lines(
      await tablePdf([
        row("Name", "Tove Lindqvist"),
        row("Email", "tove.l@example.com"),
        row("Position", "Data Analyst"),
        row("Employer", "Quellin Ltd"),
        row("Languages", "Swedish, English, German"),
      ]),
    );
    expect(text).toContain("Position | Data Analyst");
    expect(text).toContain("Employer | Quellin Ltd");
  });

  it("a skills table, two cells a row", async () => {
    const row = (skill: string, level: string, bold = false): Cell[] => [
      { text: skill, x: 48, width: 200, bold },
      { text: level, x: 320, width: 200, bold },
    ];
    const text = await lines(
      await tablePdf([
        row("Skill", "Level", true),
        row("Python", "Expert"),
        row("SQL", "Advanced"),
        row("Tableau", "Intermediate"),
        row("Power BI", "Basic"),
      ]),
    );
    expect(text).toContain("Python | Expert");
    expect(text).toContain("Power BI | Basic");
  });
});
