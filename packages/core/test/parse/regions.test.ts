import { describe, expect, it } from "vitest";
import { readLocation } from "../../src/parse/places";
import { experienceCv, jobRows } from "./helpers";

/* Seventh round, made-up text: states and provinces from the region gazetteer are places. */
describe("regions in places", () => {
  it("reads a first-level region, alone or before its country's code", () => {
    expect(readLocation("Maharashtra, IN", true)).toMatchObject({ region: "Maharashtra", country: "IN" });
    expect(readLocation("KARNATAKA, IN", true)).toMatchObject({ region: "KARNATAKA", country: "IN" });
    expect(readLocation("Ohio", true)).toMatchObject({ region: "Ohio" });
    expect(readLocation("Hollowmere, Kerala")).toMatchObject({ city: "Hollowmere", region: "Kerala" });
  });

  it("keeps compass words and lower-case words out", () => {
    expect(readLocation("Central", true)).toBeNull();
    expect(readLocation("Western", true)).toBeNull();
    expect(readLocation("kerala", true)).toBeNull();
  });

  it("reads 'Employer - Region, IN -' with no title above as an employer and a place", () => {
    const text = experienceCv(
      "Quillbyte Systems -  KARNATAKA, IN -",
      "",
      "April 2017 to Present",
      "",
      "• Built reports.",
    );
    expect(jobRows(text)).toEqual([[null, "Quillbyte Systems", "2017-04"]]);
  });

  it("reads an unknown town before a known state as the place, not as a job", () => {
    const text = experienceCv(
      "Data Analyst",
      "",
      "Brightfield Traders - Hollowmere, Karnataka -",
      "",
      "June 2015 to Present",
      "",
      "Student Teacher, Larkspur Elementary School, Larkspur, Indiana",
      "January 2013 - May 2013",
    );
    expect(jobRows(text)).toEqual([
      ["Data Analyst", "Brightfield Traders", "2015-06"],
      ["Student Teacher", "Larkspur Elementary School", "2013-01"],
    ]);
  });
});
