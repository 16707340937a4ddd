import { describe, expect, it } from "vitest";
import { readLocation } from "../../src/parse/places";
import { parseResume } from "../../src/parse/resume";
import { entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

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

/* Fifteenth round, made-up text: a region and country in brackets after the city, as many Indian CVs write them. */
describe("a place in brackets after a place", () => {
  it("reads the bracketed region and country as part of the place", () => {
    expect(readLocation("Indore (Madhya Pradesh - India)", true)).toMatchObject({
      city: "Indore",
      region: "Madhya Pradesh",
      country: "India",
    });
    expect(readLocation("10000 Zagreb (Croatia)", true)).toMatchObject({
      city: "Zagreb",
      country: "Croatia",
    });
    // A bracket that holds no place is not one: "Pune (hybrid)" stays unread in strict mode.
    expect(readLocation("Pune (hybrid)", true)).toBeNull();
  });

  it("keeps the employer apart from 'City (Region - Country)' on its line", () => {
    for (const head of [
      [
        "Mobile Developer",
        "November 2011 to July 2012",
        "Quellin Apps Pvt. Ltd., Pune (Maharashtra - India)",
      ],
      ["Quellin Apps Pvt. Ltd., Pune (Maharashtra - India) - Mobile Developer", "November 2011 to July 2012"],
    ]) {
      const job = parseResume(textDoc(experienceCv(...head, "Built the booking app.")), { now: entryTestNow })
        .work_experience[0];
      expect(job).toMatchObject({
        title: "Mobile Developer",
        company: "Quellin Apps Pvt. Ltd.",
        location: { city: "Pune", region: "Maharashtra", country: "India" },
      });
    }
  });
});

/* Fifteenth round, made-up text: "--" as a dash, and a note in brackets that holds "at". */
describe("separators an entry head writes otherwise", () => {
  it("reads '--' as the dash between employer and title", () => {
    expect(jobRows(experienceCv("Web Developer -- Quellin Systems", "October 2012 - February 2013"))).toEqual(
      [["Web Developer", "Quellin Systems", "2012-10"]],
    );
    expect(
      jobRows(experienceCv("Web Developer --- Quellin Systems, Leeds", "October 2012 -- February 2013")),
    ).toEqual([["Web Developer", "Quellin Systems", "2012-10"]]);
  });

  it("keeps a legal suffix after a comma with the name it ends ('Tarvo Media, Inc.')", () => {
    expect(jobRows(experienceCv("Web Producer, Tarvo Media, Inc., Burbank, CA", "2009 - Present"))).toEqual([
      ["Web Producer", "Tarvo Media, Inc.", "2009"],
    ]);
    expect(
      jobRows(
        experienceCv("Tarvo Media, Inc., Burbank, CA", "2009 to Present", "Web Producer - Ran the site."),
      )[0]?.[1],
    ).toBe("Tarvo Media, Inc.");
  });

  it("keeps 'at' in a bracketed note from splitting the head: the firm stays the employer", () => {
    expect(
      jobRows(
        experienceCv(
          "QUELLIN SYSTEMS -- Web Developer (contractor at Tarvo), October 2012 - February 2013",
          "Kept the shop site running.",
        ),
      ),
    ).toEqual([["Web Developer (contractor at Tarvo)", "QUELLIN SYSTEMS", "2012-10"]]);
  });
});

describe("an address's postcode", () => {
  it("reads the city, state and country without the postcode, and keeps it in raw", () => {
    expect(readLocation("Golden, CO 80401")).toEqual({
      city: "Golden",
      region: "CO",
      country: "US",
      raw: "Golden, CO 80401",
    });
    expect(readLocation("Boulder, CO 80302-1234")).toMatchObject({
      city: "Boulder",
      region: "CO",
      country: "US",
    });
    expect(readLocation("Reading PA 19601")).toMatchObject({ city: "Reading", region: "PA", country: "US" });
    expect(readLocation("Chicago IL, 60601")).toMatchObject({ city: "Chicago", region: "IL" });
    expect(readLocation("Aberdeen, AB10 1XG")).toMatchObject({ city: "Aberdeen" });
    expect(readLocation("Toronto, ON, M5V 2T6")).toMatchObject({ city: "Toronto", region: "ON" });
    // A PIN is India's: "IN" after it is India; after a ZIP or a city alone it is Indiana.
    expect(readLocation("Tarvo Nagar, Pune, 411001, IN")).toMatchObject({ city: "Pune", country: "IN" });
    expect(readLocation("Indianapolis, IN 46204")).toMatchObject({ region: "IN", country: "US" });
    // A region of one country only names that country too.
    expect(readLocation("Telangana")).toMatchObject({ region: "Telangana", country: "IN" });
    expect(readLocation("Punjab")?.country ?? null).toBeNull();
    // "Georgia" is a US state and a country: written out, a state names no country.
    expect(readLocation("Tbilisi, Georgia")?.country ?? null).toBeNull();
    // A postcode before the city stays read as before.
    expect(readLocation("2100 København Ø")).toMatchObject({ city: "København Ø" });
  });

  it("gives a CV whose address closes with a postcode its home town", () => {
    const card = parseResume(
      textDoc(
        "Mira Holt\n12 Quellin Street\nGolden, CO 80401\nmira@example.com\n\nExperience\nAnalyst, Tarvo Ltd, 2019 - 2021",
      ),
      { now: entryTestNow },
    );
    expect(card.personal_info.location).toMatchObject({ city: "Golden", region: "CO", country: "US" });
  });
});
