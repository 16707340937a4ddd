import { describe, expect, it } from "vitest";
import { isFlattened, segmentFlattened } from "../../src/parse/flattened";
import { parseResume } from "../../src/parse/resume";
import { entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

/*
 * Thirteenth round, made-up text (Quellin, Tarvo, Zentra: made-up names): entries of flattened
 * CVs the parser read no job from — dates written in a note or over the entry with a colon, dates
 * with no header of their own, and a postcode taken for a year.
 */

describe("entry dates in the shapes flattened CVs keep", () => {
  it("dates an entry by a date closing a note in brackets, and keeps the note out of the title", () => {
    const rows = jobRows(
      experienceCv(
        "Night Porter (seasonal contract Oct. 2019)",
        "Tarvo Hotel, Harrogate",
        "Checked in late guests and kept the front desk.",
        "Ski Instructor (winter season 2020)",
        "Zentra Slopes, Aviemore",
        "Taught beginners' classes on the nursery slope.",
      ),
    );
    expect(rows).toEqual([
      ["Night Porter", "Tarvo Hotel", "2019-10"],
      ["Ski Instructor", "Zentra Slopes", "2020"],
    ]);
  });

  it("dates an entry by a year with a colon alone on its line, as a range with one is", () => {
    const rows = jobRows(
      experienceCv(
        "2008:",
        "",
        "Zentra Grammar School, Dunmore",
        "Teacher of Chemistry",
        "",
        "2011 - 2014:",
        "",
        "Quellin Water Board",
        "Hydrologist",
      ),
    );
    expect(rows).toEqual([
      ["Teacher of Chemistry", "Zentra Grammar School", "2008"],
      ["Hydrologist", "Quellin Water Board", "2011"],
    ]);
  });
});

describe("an employer line over dates with no header of their own", () => {
  it("gives the dates the employer line right above them", () => {
    const rows = jobRows(
      experienceCv(
        "2021 - Present",
        "Warehouse Supervisor",
        "Tarvo Logistics, Hull",
        "Planned the picking rota for two shifts.",
        "Zentra Freight Ltd, York",
        "March 2018 - Sep 2018",
        "Loaded, checked and signed off outgoing pallets for the regional depots every weekday morning.",
      ),
    );
    expect(rows).toEqual([
      ["Warehouse Supervisor", "Tarvo Logistics", "2021"],
      [null, "Zentra Freight Ltd", "2018-03"],
    ]);
  });
});

describe("flattened text: lost dashes", () => {
  it("gives no dash to a postcode before a word that could end a range", () => {
    const flat = `Mira Holt  mira@example.com    EMPLOYMENT  Quellin Dental | 7 Mill Lane | Portland, Oregon | 97205  Current role, references on request.  Practice Manager  May 2016  Present  Ran the front office and the supplier accounts. ${"Booked patients, kept the rota and reconciled the takings each week. ".repeat(6)}`;
    const texts = segmentFlattened(textDoc(flat)).lines.map((l) => l.text);
    expect(texts).toContain("Quellin Dental | 7 Mill Lane | Portland, Oregon | 97205");
    expect(texts).toContain("May 2016 -Present");
  });
});

/* Fifteenth round, made-up text: the line break after an entry's dates lost, its first duty run on. */
describe("a duty sentence run on after the dates", () => {
  it("is no part of the header, whether the dates are a range or one month", () => {
    expect(
      jobRows(
        experienceCv(
          "Associate Consultant",
          "TARVO SOFTWARE, PUNE June 2008- Dec 2008 Wrote the billing module and its tests for the retail team",
        ),
      ),
    ).toEqual([["Associate Consultant", "TARVO SOFTWARE", "2008-06"]]);
    expect(
      jobRows(
        experienceCv(
          "FIELD SALES AGENT",
          "Quellin International | Jul 2017 Runs the weekly stock count and trains new staff on the till",
          "at the two shops",
        ),
      ),
    ).toEqual([["FIELD SALES AGENT", "Quellin International", "2017-07"]]);
  });

  it("leaves a header written after the dates in capitalised words alone", () => {
    expect(
      jobRows(experienceCv("June 2008 - Dec 2008 Senior Vice President of Sales and Marketing, Quellin Ltd")),
    ).toEqual([["Senior Vice President of Sales and Marketing", "Quellin Ltd", "2008-06"]]);
  });
});

/* Sixteenth round, made-up text: dates written in the middle of an entry's header line. */
describe("dates between two fragments of a header line", () => {
  it("part the title before them from the employer after them", () => {
    expect(
      jobRows(
        experienceCv(
          "HEAD OF PARTNERSHIPS (2/14 - 9/16) Zentra Freight, York",
          "Signed the first three resellers.",
          "ACCOUNT MANAGER (3/11 - 2/14) Zentra Freight, Key Accounts",
          "Looked after forty accounts.",
        ),
      ),
    ).toEqual([
      ["HEAD OF PARTNERSHIPS", "Zentra Freight", "2014-02"],
      ["ACCOUNT MANAGER", "Zentra Freight", "2011-03"],
    ]);
  });

  it("do not part two employers written as one ('A (dates) / B (dates)'): the first stays the employer", () => {
    const rows = jobRows(
      experienceCv(
        "Tarvo Ltd. (2016 to Present) / Zentra Ltd. (2012 to 2016) -- Leeds",
        "Head of Platform, 2018 to Present",
        "Built the billing service.",
      ),
    );
    expect(rows[0]?.[1]).toMatch(/^Tarvo Ltd/);
  });

  it("keep a note in brackets after the dates with the header before them", () => {
    expect(
      jobRows(
        experienceCv("Night Porter, Zentra Hotel, 2019 - 2021 (seasonal)", "Kept the front desk at night."),
      ),
    ).toEqual([["Night Porter", "Zentra Hotel", "2019"]]);
  });
});

describe("the last duty of the entry above", () => {
  it("is no header line of the next entry, though it is short", () => {
    expect(
      jobRows(
        experienceCv(
          "Zentra Systems",
          "Platform Engineer",
          "March 2019 - Present",
          "Kept the billing service up.",
          "Senior Developer, Quellin",
          "June 2015 - March 2019",
          "Led the payments rewrite.",
        ),
      ),
    ).toEqual([
      ["Platform Engineer", "Zentra Systems", "2019-03"],
      ["Senior Developer", "Quellin", "2015-06"],
    ]);
  });
});

describe("a header closed by a full stop above its dates", () => {
  it("is read as the header, not the duty under the dates", () => {
    expect(
      jobRows(
        experienceCv(
          "Floor Manager, Customer Service, Tarvo Foods, Leeds.",
          "2016 - Present",
          "Ran the packing line.",
        ),
      ),
    ).toEqual([["Floor Manager, Customer Service", "Tarvo Foods", "2016"]]);
  });
});

describe("a paragraph that opens with a job title closed by a full stop", () => {
  it("starts an undated entry of that title, its duties the body", () => {
    const card = parseResume(
      textDoc(
        experienceCv(
          "Insurance Clerk. Worked through the backlog of motor claims and answered brokers.",
          "",
          "Stock Controller/Buyer. Ordered parts for the three workshops.",
        ),
      ),
      { now: entryTestNow },
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.start, j.bullets[0]])).toEqual([
      ["Insurance Clerk", null, null, "Worked through the backlog of motor claims and answered brokers."],
      ["Stock Controller/Buyer", null, null, "Ordered parts for the three workshops."],
    ]);
  });

  it("does not make a title of a sentence that opens a paragraph", () => {
    expect(jobRows(experienceCv("Managed accounts. Reported to the board every month."))).toEqual([]);
  });
});

describe("what a page break prints: the page's number, the name again", () => {
  it("is no title or employer", () => {
    const values = (...experience: string[]) =>
      parseResume(textDoc(experienceCv(...experience)), { now: entryTestNow }).work_experience.flatMap(
        (j) => [j.title, j.company],
      );
    expect(
      values(
        "Tarvo Partners, Harrogate",
        "2012 - 2018",
        "Advised owners.",
        "Page 2 of 4",
        "2008 - 2012",
        "Zentra Accounts, Leeds",
        "Junior Adviser",
      ),
    ).not.toContain("Page 2 of 4");
    expect(
      values(
        "Senior Adviser, Tarvo Partners",
        "2012 - 2018",
        "Page 2",
        "Mira Holt",
        "2008 - 2012",
        "Junior Adviser, Zentra Accounts",
      ),
    ).toEqual(["Senior Adviser", "Tarvo Partners", "Junior Adviser", "Zentra Accounts"]);
  });
});

describe("a duty sentence under the title, below the employer's dated line", () => {
  it("is no employer: the dated line's name is", () => {
    expect(
      jobRows(
        experienceCv(
          "Quellin Interactive Media Group, January 2008 - Present",
          "Senior Web Developer",
          "Build internal tools for the studio.",
        ),
      ),
    ).toEqual([["Senior Web Developer", "Quellin Interactive Media Group", "2008-01"]]);
  });
});

describe("a short CV that is one line with the gaps of its line breaks", () => {
  it("is cut at the gaps, so its name, e-mail and phone are read", () => {
    const card = parseResume(
      textDoc('"Mira Holt    12 Tarvo Lane  Leeds LS1 4AB  0113 496 0000  mira@example.com'),
      {
        now: entryTestNow,
      },
    );
    expect(card.personal_info).toMatchObject({ name: "Mira Holt", email: "mira@example.com" });
  });

  it("is cut where its lines most likely broke when its gaps were collapsed too", () => {
    const doc = textDoc(
      "Mira Anna Quellin University Communications, University of Leeds, Leeds LS2 9JT E-mail: mira@example.com " +
        "Phone: 0113 496 0000 LinkedIn: https://www.linkedin.com/in/mira-holt Web: https://mira.example.com",
    );
    expect(isFlattened(doc)).toBe(true);
    expect(segmentFlattened(doc).lines.map((l) => l.text)).toEqual(
      expect.arrayContaining(["Mira Anna Quellin", "mira@example.com", "0113 496 0000"]),
    );
    expect(parseResume(doc, { now: entryTestNow }).personal_info).toMatchObject({
      name: "Mira Anna Quellin",
      phone: "0113 496 0000",
    });
  });

  it("is cut at the gaps when a PDF wrapped it into two rows", () => {
    const card = parseResume(
      textDoc(
        '"Mira Holt    12 Tarvo Lane  Leeds LS1 4AB  0113 496 0000  mira@example.com  http://\nwww.example.com/mira',
      ),
      { now: entryTestNow },
    );
    expect(card.personal_info).toMatchObject({ name: "Mira Holt", email: "mira@example.com" });
  });
});

describe("a flattened CV read from a PDF", () => {
  // The page wrapped the one long line, and the reader joined its rows with one space: the gap
  // where a row broke ("…by half" / "Senior Analyst") is gone.
  const line =
    "Mira Holt  mira@example.com  EXPERIENCE  Built the weekly sales dashboard used by the stores of the region and cut " +
    "the time each report took by half Senior Analyst, Zentra Freight Ltd, York, March 2015 - May 2019  " +
    "Answered analysis requests from the sales team  EDUCATION  BSc Mathematics, University of Tarvo, 2011 - 2014";
  const doc = (method: "pdf-text" | "plain-text") => ({
    ...textDoc(line),
    mime: method === "pdf-text" ? "application/pdf" : "text/plain",
    method,
  });

  it("cuts a run longer than a page's row where a line most likely broke", () => {
    const texts = segmentFlattened(doc("pdf-text")).lines.map((l) => l.text);
    expect(texts).toContain("Senior Analyst, Zentra Freight Ltd, York, March 2015 - May 2019");
    const jobs = parseResume(doc("pdf-text"), { now: entryTestNow }).work_experience;
    expect(jobs.map((j) => [j.title, j.company])).toEqual([["Senior Analyst", "Zentra Freight Ltd"]]);
  });

  it("leaves a plain text's runs as its gaps cut them", () => {
    const texts = segmentFlattened(doc("plain-text")).lines.map((l) => l.text);
    expect(texts.some((t) => t.startsWith("Built the weekly") && t.includes("Senior Analyst"))).toBe(true);
  });
});
