import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { educationRows, entryTestNow, textDoc } from "./helpers";

/* Degree lines of real CVs, in made-up text of the same shape. */
const degrees = (...education: string[]) =>
  educationRows(...education).map(([degree, , school]) => [degree, school]);

describe("degree lines", () => {
  it("reads associate degrees, the Juris Doctor and dotted M.Ed. / Ed.D. as degrees", () => {
    expect(
      degrees(
        "Northwind Community College, Leeds",
        "Associate of Arts, December 2007",
        "",
        "Fabrikam University College of Law, York",
        "Business Law, Juris Doctor, 2014",
        "",
        "Contoso University, Hull",
        "M.Ed., Remedial Reading, 1998",
      ).map(([degree]) => degree),
    ).toEqual(["Associate of Arts", "Juris Doctor", "M.Ed."]);
  });

  it("keeps 'Master of Arts, Education' as a degree, not a new Education heading", () => {
    expect(
      degrees(
        "Northwind University, Leeds",
        "Master of Arts, Education",
        "2009",
        "Contoso University, York",
        "Bachelor of Arts, History",
        "2008",
      ),
    ).toEqual([
      ["Master of Arts", "Northwind University"],
      ["Bachelor of Arts", "Contoso University"],
    ]);
  });
});

describe("degrees above the first heading", () => {
  const card = (...top: string[]) =>
    parseResume(
      textDoc([...top, "", "EDUCATION", "Contoso University, Hull", "BSc Physics, 2008"].join("\n")),
      { now: entryTestNow },
    ).education.map((e) => [e.degree, e.field, e.institution]);

  it("reads letters after the name as degrees held, and not a state after a town", () => {
    expect(card("Dana Reyes, MBA, PMP", "dana@example.com")).toEqual([
      ["MBA", null, null],
      ["BSc", "Physics", "Contoso University"],
    ]);
    expect(card("Dana Reyes", "Baltimore, MD 21211", "dana@example.com")).toEqual([
      ["BSc", "Physics", "Contoso University"],
    ]);
    // The letters run up to the first part that is none: a title after them ends them.
    expect(card("Dana Reyes, Ph.D., PMP, Senior Lecturer", "dana@example.com")).toEqual([
      ["Ph.D.", null, null],
      ["BSc", "Physics", "Contoso University"],
    ]);
    expect(card("Dana Reyes, MD, Baltimore", "dana@example.com")).toEqual([
      ["BSc", "Physics", "Contoso University"],
    ]);
  });

  it("reads a header line led by a degree, and not 'MS Access' or 'Master Data Management'", () => {
    expect(
      card("Dana Reyes", "dana@example.com", "", "Master of Science in Special Education", "MS Access"),
    ).toEqual([
      ["Master of Science", "Special Education", null],
      ["BSc", "Physics", "Contoso University"],
    ]);
    expect(card("Dana Reyes", "dana@example.com", "Master Data Management Lead")).toHaveLength(1);
  });

  it("reads B.Com, M.Com and the dotted school certificates (H.S.C, S.S.C, S.S.L.C) as degrees, entry by entry without blank lines", () => {
    expect(
      degrees(
        "M.Com in Finance",
        "Harwick University - Madurai, Tamil Nadu",
        "2019",
        "B.Com in Computer Application",
        "Harwick University - Madurai, Tamil Nadu",
        "2017",
        "H.S.C",
        "Quellin Higher Secondary School - Pune, Maharashtra",
        "2014",
        "S.S.L.C",
        "Kerala State Board",
        "2012",
      ),
    ).toEqual([
      ["M.Com", "Harwick University"],
      ["B.Com", "Harwick University"],
      ["H.S.C", "Quellin Higher Secondary School"],
      ["S.S.L.C", "Kerala State Board"],
    ]);
  });

  it("parts a degree's field from the school named right after it by the school's place", () => {
    expect(
      educationRows(
        "BA (Hons) Geography Leeds University 2005 - 2008",
        "",
        "Bachelor of Science in Logistics Texas State College, Austin, TX 2001",
        "",
        // No place tells where the field ends: the school is read as the line writes it.
        "BSc Computer Science Quellin College 1999",
      ).map(([degree, field, school]) => [degree, field, school]),
    ).toEqual([
      ["BA (Hons)", "Geography", "Leeds University"],
      ["Bachelor of Science", "Logistics", "Texas State College"],
      ["BSc", null, "Computer Science Quellin College"],
    ]);
  });
});
