import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { entryTestNow, jobRows, textDoc } from "./helpers";

/*
 * Twelfth round, made-up text: job-board entries the parser lost whole — the jobs under an
 * entry's sub-heading, an undated entry typed in lower case.
 */

/** A job board's export with the given lines under WORK EXPERIENCE (Quellin, Tarvo: made-up firms). */
const boardCv = (...experience: string[]) =>
  [
    "Mira Holt",
    "Data Analyst",
    "",
    "Pune, Maharashtra - Email me on Indeed: indeed.com/r/Mira-Holt/abc123",
    "",
    "WORK EXPERIENCE",
    "",
    ...experience,
    "",
    "EDUCATION",
    "",
    "B.Com",
    "",
    "Harwick University",
    "",
    "2008 to 2011",
  ].join("\n");

/** Quellin's entry head, as the export writes it. */
const quellinHead = ["Data Analyst", "", "Quellin Analytics -", "", "June 2016 to Present", ""];

const quellinWithTools = [
  ...quellinHead,
  "• Built the monthly sales reports.",
  "",
  "Reporting Tools:",
  "• Excel, Tableau",
  "",
];

/** Quellin's entry with its "Reporting Tools:" sub-heading, then Tarvo's entry under it. */
const twoJobsCv = boardCv(
  ...quellinWithTools,
  "Junior Analyst",
  "",
  "Tarvo Logistics -",
  "",
  "May 2013 to May 2016",
  "",
  "• Kept the stock sheets.",
);

describe("an entry's sub-heading with a colon", () => {
  it("keeps the jobs dated under it in the experience", () => {
    expect(jobRows(twoJobsCv)).toEqual([
      ["Data Analyst", "Quellin Analytics", "2016-06"],
      ["Junior Analyst", "Tarvo Logistics", "2013-05"],
    ]);
  });

  it("still lists the tools under it as skills", () => {
    const skills = parseResume(textDoc(twoJobsCv), { now: entryTestNow }).skills.map((s) => s.name);
    expect(skills).toEqual(expect.arrayContaining(["Tableau"]));
  });

  it("is a section of its own when the experience heading is written with a colon too", () => {
    // The job under it written as one line, not in the export's shape: nothing says it is a job.
    const oneLine = boardCv(...quellinWithTools, "Junior Analyst, Tarvo Logistics", "May 2013 to May 2016");
    const sameRank = oneLine.replace("WORK EXPERIENCE", "Work Experience:");
    expect(jobRows(sameRank)).toEqual([["Data Analyst", "Quellin Analytics", "2016-06"]]);
  });

  it("keeps a job board's entry under it as a job, whatever the rank of the headings", () => {
    // Its employer line ("Tarvo Logistics -") and its dates on a line of their own say it is one.
    const sameRank = twoJobsCv.replace("WORK EXPERIENCE", "Work Experience:");
    expect(jobRows(sameRank)).toEqual([
      ["Data Analyst", "Quellin Analytics", "2016-06"],
      ["Junior Analyst", "Tarvo Logistics", "2013-05"],
    ]);
  });
});

describe("an undated job-board entry", () => {
  it("reads a title typed in lower case over its employer", () => {
    const cv = boardCv(
      "stock clerk",
      "",
      "Quellin Stores",
      "",
      "Kept the shelves full and counted the stock.",
      "",
      "Store Supervisor",
      "",
      "Tarvo Retail -  Pune, Maharashtra -",
      "",
      "June 2016 to Present",
    );
    expect(jobRows(cv)).toEqual([
      ["stock clerk", "Quellin Stores", null],
      ["Store Supervisor", "Tarvo Retail", "2016-06"],
    ]);
  });

  it("reads the export's 'Employer -  City' under its title when a form dropped the blank lines", () => {
    const cv = [
      "Mira Holt",
      "Pune, Maharashtra - Email me on Indeed: indeed.com/r/Mira-Holt/abc123",
      "WORK EXPERIENCE",
      "Data Entry Operator",
      "Quellin Data -  Pune, Maharashtra",
      "Store Supervisor",
      "Tarvo Foods -",
      "EDUCATION",
      "B.Com",
      "Harwick University",
      "2008 to 2011",
    ].join("\n");
    expect(jobRows(cv)).toEqual([
      ["Data Entry Operator", "Quellin Data", null],
      ["Store Supervisor", "Tarvo Foods", null],
    ]);
  });
});

describe("a second role written under an entry's title", () => {
  it("reads a title joined to another by an en dash as a role held there", () => {
    const cv = boardCv(
      "Support Analyst",
      "",
      "Quellin Tech -  Pune, Maharashtra -",
      "",
      "June 2016 to Present",
      "",
      "Support Analyst – Escalations Lead",
      "• Answered the customers' tickets.",
      "• Ran the weekly escalation review.",
    );
    expect(jobRows(cv)).toEqual([
      ["Support Analyst", "Quellin Tech", "2016-06"],
      ["Support Analyst – Escalations Lead", "Quellin Tech", null],
    ]);
  });
});

describe("a business of the writer's own, named in a sentence", () => {
  const designerWith = (sentence: string) =>
    boardCv("Graphic Designer", "", "Tarvo Media -", "", "June 2016 to Present", "", sentence);

  it("reads the name after 'self-employed in' as an employer, though it has no organisation word", () => {
    expect(
      jobRows(designerWith("• Self-employed in Quellin Prints, making posters for local shops.")),
    ).toEqual([
      ["Graphic Designer", "Tarvo Media", "2016-06"],
      [null, "Quellin Prints", null],
    ]);
  });

  it("reads a title line that says so as the job's title, not as a sentence", () => {
    const cv = boardCv("Self-employed in Quellin Prints", "", "Tarvo Media -", "", "June 2016 to Present");
    expect(jobRows(cv)).toEqual([["Self-employed in Quellin Prints", "Tarvo Media", "2016-06"]]);
  });

  it("reads no employer from a field written in lower case", () => {
    expect(jobRows(designerWith("• Self-employed in web design for two years."))).toEqual([
      ["Graphic Designer", "Tarvo Media", "2016-06"],
    ]);
  });
});

describe("a dated sentence read as an entry's header", () => {
  it("gives no title to the lower-case rest of the sentence", () => {
    const cv = boardCv(
      ...quellinHead,
      "• Worked in Tarvo R&D Operations, Pune since Oct- 2010 to Jan 2016, with",
      "the reporting team.",
    );
    const jobs = jobRows(cv);
    expect(jobs[0]).toEqual(["Data Analyst", "Quellin Analytics", "2016-06"]);
    expect(jobs.map(([title]) => title)).not.toContain("with");
  });
});

/* Sixteenth round, made-up text: job-board entries as a form that drops empty lines prints them. */
describe("a job-board export with no blank lines", () => {
  it("reads the section's first two lines as its first entry's header, undated", () => {
    expect(
      jobRows(
        boardCv("Support Analyst", "Quellin", "Position: SUPPORT ANALYST", "Answered calls from the stores"),
      ),
    ).toEqual([["Support Analyst", "Quellin", null]]);
  });

  it("reads a title typed in lower case under the last duty bullet of the entry above", () => {
    expect(
      jobRows(
        boardCv(
          "Process Associate",
          "Tarvo Services -  Pune, Maharashtra -",
          "March 2016 to May 2018",
          "● Answered customer calls",
          "floor coach",
          "zentra calls -  Nagpur, Maharashtra -",
          "October 2014 to February 2016",
          "● Trained new agents",
        ),
      ),
    ).toEqual([
      ["Process Associate", "Tarvo Services", "2016-03"],
      ["floor coach", "zentra calls", "2014-10"],
    ]);
  });
});

describe("a whole header on one line right above the dates", () => {
  it("is the entry's header alone: the undated entry above keeps its own lines", () => {
    expect(
      jobRows(
        boardCv(
          "Team Lead",
          "",
          "Quellin Services -  Pune, Maharashtra",
          "",
          "Data Engineer 2 - Zentra - Leeds",
          "",
          "June 2016 to February 2017",
          "",
          "Built the pipelines.",
        ),
      ),
    ).toEqual([
      ["Team Lead", "Quellin Services", null],
      ["Data Engineer 2", "Zentra", "2016-06"],
    ]);
  });
});

describe("a job board's employer line under an entry of another shape", () => {
  it("takes the title above it, though the first entry's header is one line", () => {
    expect(
      jobRows(
        boardCv(
          "Data Analyst - Quellin - Leeds",
          "",
          "March 2016 to May 2018",
          "",
          "● Built the weekly reports",
          "",
          "floor coach",
          "",
          "zentra calls -  Nagpur, Maharashtra -",
          "",
          "October 2014 to February 2016",
        ),
      ),
    ).toEqual([
      ["Data Analyst", "Quellin", "2016-03"],
      ["floor coach", "zentra calls", "2014-10"],
    ]);
  });
});
