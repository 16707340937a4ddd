import { describe, expect, it } from "vitest";
import { isFlattened, segmentFlattened } from "../../src/parse/flattened";
import { parseResume } from "../../src/parse/resume";
import { textDoc } from "./helpers";

/*
 * Layouts of real CVs, in made-up text of the same shape: job-board exports (every header line a
 * paragraph: title, "Company - City, Region -", dates) and flattened text (line breaks lost,
 * runs of spaces where they were).
 */
const now = new Date("2024-06-01");

const jobBoard = [
  "Rhea Paxton",
  "Support Analyst",
  "",
  "Pune, Maharashtra - Email me on Indeed: rhea@example.com",
  "",
  "WORK EXPERIENCE",
  "",
  "Senior Support Analyst",
  "",
  "Northwind Technologies Pvt Ltd -  Pune, Maharashtra -",
  "",
  "July 2019 to Present",
  "",
  "• Ran the second-line support desk",
  "",
  "Support Analyst",
  "",
  "Contoso -  Bengaluru, Karnataka -",
  "",
  "May 2016 to June 2019",
  "",
  "EDUCATION",
  "",
  "B.Tech in Computer Science",
  "",
  "Fabrikam Institute of Technology",
  "",
  "2012 to 2016",
].join("\n");

const flattened =
  '"Sample Resume Template  Rhea Paxton  12 Ash Road, Leeds  Phone: 0113 496 0000  rhea@example.com    ' +
  "Work History  2019  Present: Senior Support Analyst, Northwind Technologies Ltd, Leeds  " +
  "\\xef\\x82\\xa7  Ran the second-line support desk for 40 stores  \\xef\\x82\\xa7  Cut ticket backlog by half    " +
  "2016  2019: Support Analyst, Contoso Ltd, York  \\xef\\x82\\xa7  Answered customer calls    " +
  'Education  2012  2016: Bachelor of Science in Computing, University of Fabrikam  References available on request."';

describe("job-board exports: roles by what the header lines say", () => {
  const card = parseResume(textDoc(jobBoard), { now });

  it("reads the title above, the company and place below, across blank lines", () => {
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city])).toEqual([
      ["Senior Support Analyst", "Northwind Technologies Pvt Ltd", "Pune"],
      ["Support Analyst", "Contoso", "Bengaluru"],
    ]);
  });

  it("keeps how sure the reading was on the card", () => {
    for (const job of card.work_experience) expect(job.role_confidence).toBeGreaterThan(0.5);
  });

  it("reads the name from the first line and the education below the heading", () => {
    expect(card.personal_info.name).toBe("Rhea Paxton");
    expect(card.education[0]?.institution).toBe("Fabrikam Institute of Technology");
  });
});

describe("flattened text: segmented before parsing", () => {
  const doc = textDoc(flattened);

  it("is recognised by its few line breaks for its length", () => {
    expect(isFlattened(doc)).toBe(true);
    expect(isFlattened(textDoc(jobBoard))).toBe(false);
  });

  it("cuts at the gaps where line breaks were, keeping offsets into the original text", () => {
    const lines = segmentFlattened(doc).lines;
    expect(lines.map((l) => l.text)).toContain("Work History");
    // Same length and place; only a lost range dash is put back ("2019  Present" → "2019 -Present").
    const letters = (text: string) => text.replace(/[\s-]/g, "");
    for (const line of lines) {
      expect(letters(doc.text.slice(line.offset, line.offset + line.text.length))).toBe(letters(line.text));
    }
  });

  it("finds the name (not the template words), the jobs and the degree", () => {
    const card = parseResume(doc, { now });
    expect(card.personal_info.name).toBe("Rhea Paxton");
    expect(card.personal_info.email).toBe("rhea@example.com");
    expect(card.work_experience.map((j) => [j.title, j.company, j.start, j.current])).toEqual([
      ["Senior Support Analyst", "Northwind Technologies Ltd", "2019", true],
      ["Support Analyst", "Contoso Ltd", "2016", false],
    ]);
    expect(card.education[0]?.degree).toMatch(/Bachelor of Science/);
    expect(card.education[0]?.institution).toBe("University of Fabrikam");
  });

  it("cuts a short row at its gaps too, as a PDF of the flattened text sets the header row apart", () => {
    // The header row alone, the rest wrapped into long rows: the name's line is short.
    const header = '"Rhea Paxton  rhea@example.com | 0113 496 0000  Leeds';
    const rest = flattened.slice(flattened.indexOf("Work History"));
    const pdfLike = textDoc(`${header}\n${rest.slice(0, 200)}\n${rest.slice(200)}`);
    expect(isFlattened(pdfLike)).toBe(true);
    const card = parseResume(pdfLike, { now });
    expect(card.personal_info.name).toBe("Rhea Paxton");
    expect(card.personal_info.email).toBe("rhea@example.com");
  });

  it("reads escaped dashes as dashes and escaped letters and quotes as text, not as line breaks", () => {
    const escaped = textDoc(
      `${"Jo Lind  jo@example.com  Experience    ".padEnd(60)}Graduate Research Assistant  Aug 2013 \\xe2\\x80\\x94 present  ` +
        `Wrote the R\\xc3\\xa9sum\\xc3\\xa9 parser for the \\xe2\\x80\\x9cLab\\xe2\\x80\\x9d group and ran the lab's shared servers. `.repeat(
          6,
        ),
    );
    const texts = segmentFlattened(escaped).lines.map((l) => l.text);
    expect(texts.some((t) => /^Aug 2013 –+ present$/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes("R\\xc3\\xa9sum\\xc3\\xa9 parser"))).toBe(true);
    const card = parseResume(escaped, { now });
    expect(card.work_experience[0]).toMatchObject({
      title: "Graduate Research Assistant",
      start: "2013-08",
      current: true,
    });
  });

  it("opens a section at a heading in capitals after a sentence, where a PDF's row break ate the gap", () => {
    // Set as a PDF, the long line wraps; the spaces at a wrap are not printed, so "half.    EXPERIENCE" reads back
    // as "half. EXPERIENCE". The heading still opens its section; "B.S. EDUCATION" (a degree) opens none.
    const wrapped = textDoc(
      '"Rhea Paxton  12 Ash Road, Leeds  rhea@example.com    PROFILE  Analyst who turns data into reports people read. ' +
        "Taught the first evening course on data at the college and cut report time by half. EXPERIENCE  " +
        "NORTHWIND TECHNOLOGIES LTD  Leeds  Senior Support Analyst  2019-Present  Ran the support desk for 40 stores.    " +
        'CONTOSO LTD  York  Support Analyst  2016-2019  Answered customer calls.    EDUCATION  B.S. EDUCATION, University of Fabrikam  2012-2016"',
    );
    expect(isFlattened(wrapped)).toBe(true);
    const texts = segmentFlattened(wrapped).lines.map((l) => l.text);
    expect(texts).toContain("EXPERIENCE");
    expect(texts).not.toContain("EDUCATION, University of Fabrikam");
    const card = parseResume(wrapped, { now });
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Senior Support Analyst", "NORTHWIND TECHNOLOGIES LTD"],
      ["Support Analyst", "CONTOSO LTD"],
    ]);
  });

  it("gives no name when the text has none", () => {
    const card = parseResume(textDoc(flattened.replace("Rhea Paxton  ", "")), { now });
    expect(card.personal_info.name ?? null).toBeNull();
  });
});
