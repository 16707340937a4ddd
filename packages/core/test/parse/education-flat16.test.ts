import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { educationRows, entryTestNow, textDoc } from "./helpers";

/*
 * Sixteenth round, made-up text (Quellin, Tarvo, Zentra: made-up names): education lines of the
 * shapes flattened CVs keep.
 */
const education = educationRows;

describe("education lines of flattened CVs (sixteenth round)", () => {
  it("reads a state after its town as the school's place, not as a degree", () => {
    expect(
      education(
        "Bachelor of Science, Marine Biology",
        "Tarvo College, Baltimore, MD",
        "",
        "Quellin University, Boston, MA",
        "MBA in Logistics, 2001",
      ),
    ).toEqual([
      ["Bachelor of Science", "Marine Biology", "Tarvo College"],
      ["MBA", "Logistics", "Quellin University"],
    ]);
  });

  it("keeps a degree written after its school when no town stands before it", () => {
    expect(education("Zentra University, MS, Applied Physics")).toEqual([
      ["MS", "Applied Physics", "Zentra University"],
    ]);
  });
});

describe("a high school named before the words 'High School'", () => {
  it("is the school, and the diploma beside it the degree", () => {
    expect(
      education("Tarvo High School, 2010", "", "High School Diploma, Zentra National High School, 2012"),
    ).toEqual([
      [null, null, "Tarvo High School"],
      ["High School Diploma", null, "Zentra National High School"],
    ]);
  });

  it("leaves 'high school' a degree when no name comes before it", () => {
    expect(education("High School, Quellin Academy, 2009")).toEqual([
      ["High School", null, "Quellin Academy"],
    ]);
  });
});

describe("an education section run together with the header", () => {
  const fromHeader = (...lines: string[]) =>
    parseResume(
      textDoc(["Mira Holt", ...lines, "", "EXPERIENCE", "Analyst, Zentra Freight, 2015 - 2020"].join("\n")),
      { now: entryTestNow },
    ).education.map((e) => [e.degree, e.field, e.institution]);

  it("reads the school and date lines under each degree line", () => {
    expect(
      fromHeader(
        "Master of Science in Marine Biology",
        "May 2006",
        "Tarvo University, Leeds, England",
        "Bachelor of Arts in Geography",
        "Quellin College, York, England",
      ),
    ).toEqual([
      ["Master of Science", "Marine Biology", "Tarvo University"],
      ["Bachelor of Arts", "Geography", "Quellin College"],
    ]);
  });

  it("leaves a school under the name alone: where the person works", () => {
    expect(fromHeader("Zentra University", "12 Harbour Road, Leeds")).toEqual([]);
  });
});

describe("a degree abbreviation written with a hyphen", () => {
  it("reads 'B-Tech' and 'M-Tech' as the degree, the field after 'in' apart", () => {
    expect(
      education(
        "B-Tech in Civil Engineering",
        "Tarvo Institute of Technology, 2014",
        "",
        "M-Tech in Structural Engineering",
        "Zentra University, 2016",
      ),
    ).toEqual([
      ["B-Tech", "Civil Engineering", "Tarvo Institute of Technology"],
      ["M-Tech", "Structural Engineering", "Zentra University"],
    ]);
  });

  it("parts a degree's field in brackets from the school after it on one line", () => {
    expect(
      education(
        "Ph.D. (Logistics) Tarvo University, 2001.",
        "M.A. (Geography) Zentra State University, 1996.",
      ),
    ).toEqual([
      ["Ph.D.", "Logistics", "Tarvo University"],
      ["M.A.", "Geography", "Zentra State University"],
    ]);
  });
});
