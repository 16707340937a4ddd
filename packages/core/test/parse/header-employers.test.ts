import { describe, expect, it } from "vitest";
import { companyScore } from "../../src/parse/roles";
import { experienceCv, jobRows } from "./helpers";

/* Sixth round, made-up text: a header naming a place of work is the employer, and an open date range is no employer. */
describe("employers in entry headers", () => {
  it("reads a lone header ending in a workplace noun as the employer", () => {
    expect(
      jobRows(experienceCv("March 2012 - present Brambleton Confectionary Store", "* Served customers.")),
    ).toEqual([[null, "Brambleton Confectionary Store", "2012-03"]]);
    expect(jobRows(experienceCv("Marlow Fast Food Restaurant (2007)", "* Took orders."))).toEqual([
      [null, "Marlow Fast Food Restaurant", "2007"],
    ]);
    expect(jobRows(experienceCv("Quill Associates", "June 2010 - May 2012", "* Audited accounts."))).toEqual([
      [null, "Quill Associates", "2010-06"],
    ]);
  });

  it("keeps a title whose head is a role noun as a title", () => {
    for (const title of [
      "Writing Center Tutor",
      "Office Assistant (part time)",
      "Program officer of Hollis Trust",
    ])
      expect(companyScore(title)).toBe(0);
    for (const name of ["Quill Associates", "Tarvo Surveyors Office", "Greenway Community Centre"])
      expect(companyScore(name)).toBe(2);
  });

  it("reads a date closed by a dash as an open range, so the next header is not its employer", () => {
    const text = experienceCv(
      "Software Engineer, Quillbird",
      "August 2014 —",
      "Working on the kit team.",
      "Staff Software Engineer, Hollisoft",
      "July 2012 — August 2014",
      "Lead engineer on the cards team.",
    );
    expect(jobRows(text)).toEqual([
      ["Software Engineer", "Quillbird", "2014-08"],
      ["Staff Software Engineer", "Hollisoft", "2012-07"],
    ]);
  });
});
