import { describe, expect, it } from "vitest";
import { resolveNormalizer } from "../../src/parse/normalizer";
import { proseJobs } from "../../src/parse/prose-jobs";
import { toLines } from "../../src/parse/text";
import { experienceCv, jobRows, textDoc } from "./helpers";

const normalizer = resolveNormalizer(undefined);
const read = (sentence: string) =>
  proseJobs(toLines(textDoc(sentence)), normalizer).map((j) => [j.title, j.company]);

/*
 * Eighth round, made-up text: the ways a CV names a job outside a plain entry header — labels
 * with a qualifier ("Current Organization:"), and the label is never the value.
 */
describe("labelled entry fields with a qualifier", () => {
  it("reads 'Current Organization', 'Previous Employer' and 'Employer Name' as employer labels", () => {
    expect(
      jobRows(
        experienceCv(
          "Current Organization: Quellin",
          "Current Designation: Process Expert",
          "June 2016 to Present",
          "",
          "Previous Employer: Tarvo",
          "Designation: Support Engineer",
          "2012 - 2015",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2016-06"],
      ["Support Engineer", "Tarvo", "2012"],
    ]);
    expect(
      jobRows(
        experienceCv("Employer Name: Quellin", "Job Title: Process Expert", "From June 2016 to Present"),
      ),
    ).toEqual([["Process Expert", "Quellin", "2016-06"]]);
  });
});

describe("a title held for a while, at a named employer", () => {
  it("reads 'Process expert with 5 years of experience at Quellin' as a job", () => {
    expect(read("Process expert with 5 years of experience at Quellin Pvt Ltd.")).toEqual([
      ["Process expert", "Quellin Pvt Ltd"],
    ]);
    expect(read("• Support engineer with 3+ years at Tarvo.")).toEqual([["Support engineer", "Tarvo"]]);
    expect(read("Analyst having over 4 years' experience with Zentra Technologies")).toEqual([
      ["Analyst", "Zentra Technologies"],
    ]);
  });

  it("reads '3 years at Quellin Technologies as Process Expert' as a job", () => {
    expect(read("• 3 years at Quellin Technologies as Process Expert.")).toEqual([
      ["Process Expert", "Quellin Technologies"],
    ]);
    expect(read("Spent 6 months in Lyon as an Exchange Student")).toEqual([["Exchange Student", null]]);
  });

  it("leaves a tenure with no employer, or in a skill, unread", () => {
    expect(read("Support engineer with 5 years of experience in Java and Python")).toEqual([]);
    expect(read("Senior test engineer with more than 7 years of experience")).toEqual([]);
  });
});

describe("an employer named in a sentence with no title", () => {
  const withSummary = (...summary: string[]) =>
    [
      "Mira Holt",
      "mira@example.com",
      "",
      ...summary,
      "",
      "WORK EXPERIENCE",
      "",
      "Support Engineer",
      "",
      "Zentra -",
      "",
      "June 2016 to Present",
      "",
      "• Worked for Zentra Solutions's billing team and its client Harlow Bank.",
    ].join("\n");

  it("reads 'Worked for <Organisation>' in the summary as a job there", () => {
    expect(jobRows(withSummary("• Worked for Quellin Technologies from 2012 to 2015."))).toEqual([
      ["Support Engineer", "Zentra", "2016-06"],
      [null, "Quellin Technologies", null],
    ]);
    expect(jobRows(withSummary("Currently working with Quellin Technologies Pvt Ltd, Pune."))).toContainEqual(
      [null, "Quellin Technologies Pvt Ltd", null],
    );
  });

  it("names no employer for a skill, a place, an acronym, an employer already held, or a client in a job's body", () => {
    for (const line of [
      "Worked with Java and Python for five years.",
      "Worked in Pune and Mumbai.",
      "Worked for HBX and QRT on support projects.",
      "Worked at Zentra for four years.",
    ])
      expect(jobRows(withSummary(line))).toEqual([["Support Engineer", "Zentra", "2016-06"]]);
  });

  it("takes the employer of a dated sentence that names no title", () => {
    expect(
      jobRows(experienceCv("• Worked for Quellin Technologies from Mar' 2013 to Sep' 2015", "")),
    ).toEqual([[null, "Quellin Technologies", "2013-03"]]);
  });
});

describe("jobs labelled outside the experience section", () => {
  const headerCv = (...header: string[]) =>
    [
      "Mira Holt",
      "mira@example.com",
      ...header,
      "",
      "WORK EXPERIENCE",
      "",
      "Process Expert",
      "",
      "Zentra -",
      "",
      "June 2016 to Present",
    ].join("\n");

  it("reads 'Current Employer:' over 'Current Designation:' in the header as a job", () => {
    expect(
      jobRows(headerCv("Current Employer: Quellin Technologies", "Current Designation: Support Analyst")),
    ).toEqual([
      ["Process Expert", "Zentra", "2016-06"],
      ["Support Analyst", "Quellin Technologies", null],
    ]);
  });

  it("reads a labelled list of past organisations, leaving out their dates and places", () => {
    expect(
      jobRows(
        headerCv(
          "Past Organizations: Quellin Technologies as Process Expert (July 2014 - Jan 2016), Tarvo Labs, India (from Feb 2011 - June 2014)",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Zentra", "2016-06"],
      ["Process Expert", "Quellin Technologies", null],
      [null, "Tarvo Labs", null],
    ]);
  });

  it("reads the lines a labelled list wraps onto while a bracket is left open", () => {
    expect(
      jobRows(
        headerCv(
          "Previous Organisations: Brenmoor Analytics Limited (2018 - 2021), Quellin Technologies as Team Lead (Oct",
          "2015 - Dec 2017), Tarvo Systems (2012 -",
          "2015)",
          "Ran a help desk for twelve years.",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Zentra", "2016-06"],
      ["Team Lead", "Quellin Technologies", null],
      [null, "Brenmoor Analytics Limited", null],
      [null, "Tarvo Systems", null],
    ]);
  });
});

describe("a table of jobs whose columns an export ran together", () => {
  it("cuts each row where the title column begins, in the order the column heads give", () => {
    expect(
      jobRows(
        experienceCv(
          "Organization Designation Duration",
          "Quellin Technologies Limited, Pune, India. Sr. Process Expert May/2012 - May/2016",
          "Tarvo Ltd Support Engineer 2009 - 2012",
        ),
      ),
    ).toEqual([
      ["Sr. Process Expert", "Quellin Technologies Limited, Pune, India", "2012-05"],
      ["Support Engineer", "Tarvo Ltd", "2009"],
    ]);
    expect(
      jobRows(
        [
          "Mira Holt",
          "mira@example.com",
          "No. Company Role Duration",
          "1. Quellin Ltd Technology Analyst 5 Years 11 Months",
        ].join("\n"),
      ),
    ).toEqual([["Technology Analyst", "Quellin Ltd", null]]);
  });

  it("reads no table without both an employer and a title column", () => {
    expect(jobRows(experienceCv("Skill Years", "Java 5 Years", "Python 3 Years"))).toEqual([]);
  });
});

describe("an employer in brackets or after 'in'/'with' on the title's line", () => {
  it("cuts 'Process Expert in Quellin Technologies' in two, and leaves 'Teacher in English' whole", () => {
    expect(jobRows(experienceCv("Process Expert in Quellin Technologies", "June 2015 to Present"))).toEqual([
      ["Process Expert", "Quellin Technologies", "2015-06"],
    ]);
    expect(jobRows(experienceCv("Process Expert with Quellin Pvt Ltd", "June 2015 to Present"))).toEqual([
      ["Process Expert", "Quellin Pvt Ltd", "2015-06"],
    ]);
    expect(
      jobRows(experienceCv("Teacher in English", "Harlow Academy", "June 2015 to Present"))[0]?.[0],
    ).toBe("Teacher in English");
  });

  it("cuts 'Process Expert (Quellin Technologies)' in two, and leaves '(part time)' in the title", () => {
    expect(jobRows(experienceCv("Process Expert (Quellin Technologies)", "June 2015 to Present"))).toEqual([
      ["Process Expert", "Quellin Technologies", "2015-06"],
    ]);
    expect(
      jobRows(experienceCv("Office Assistant (part time)", "Quellin Ltd", "June 2015 to Present")),
    ).toEqual([["Office Assistant (part time)", "Quellin Ltd", "2015-06"]]);
  });
});

describe("fields that are neither title nor employer", () => {
  it("takes neither 'Client', 'Duration' nor their values for the employer of a project", () => {
    expect(
      jobRows(
        experienceCv(
          "Project 1: Billing Revamp",
          "Client: Harlow Bank",
          "Role: Developer",
          "Duration: Jan 2017 - Dec 2017",
        ),
      ),
    ).toEqual([["Developer", null, "2017-01"]]);
  });
});

describe("headings that open an experience section", () => {
  it.each(["INTERNSHIPS", "WORK EXPOSURE", "COMPANIES WORKED FOR", "ORGANISATIONAL DETAILS"])(
    "reads the job under %s",
    (heading) => {
      const cv = [
        "Mira Holt",
        "mira@example.com",
        "",
        heading,
        "",
        "Process Expert",
        "",
        "Quellin -",
        "",
        "June 2015 to Present",
      ];
      expect(jobRows(cv.join("\n"))).toEqual([["Process Expert", "Quellin", "2015-06"]]);
    },
  );
});
