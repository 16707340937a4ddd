import { describe, expect, it } from "vitest";
import { findDates } from "../../src/parse/dates";
import { degreesLexicon, headingsLexicon, monthsLexicon } from "../../src/parse/lexicon";
import { parseResume } from "../../src/parse/resume";
import { textDoc as doc } from "./helpers";

describe("the parsers' word lists are codex data (codex/lexicon)", () => {
  it("loads every list, with twelve months and each section kind named", () => {
    expect(monthsLexicon.months).toHaveLength(12);
    expect(headingsLexicon.resume.experience).toContain("work experience");
    expect(headingsLexicon.job.requirements).toContain("requirements");
    expect(degreesLexicon.degree_words.length).toBeGreaterThan(10);
  });

  it("reads every month name in the file as that month", () => {
    monthsLexicon.months.forEach((names, k) => {
      for (const name of names) {
        const hit = findDates(`${name} 2019 - 2020`, new Date("2024-01-01"))[0];
        expect(hit?.start, name).toBe(`2019-${String(k + 1).padStart(2, "0")}`);
      }
    });
  });

  it("reads every season in the file as a date to the year", () => {
    for (const season of monthsLexicon.seasons) {
      const hit = findDates(`${season} 2014`, new Date("2024-01-01"), true)[0];
      expect(hit?.start, season).toBe("2014");
    }
  });

  it("keeps every entry sub-heading in the file inside an experience section", () => {
    for (const part of headingsLexicon.entry_parts) {
      const card = parseResume(
        doc(
          `Asha Rao\nasha@example.com\n\nExperience\n\nAnalyst\nAcme Bank - Pune\nJune 2016 to Present\n${part}:\n- Ran reports\nClerk\nFabrikam Bank - Mumbai\nMay 2014 to May 2016`,
        ),
        { now: new Date("2024-01-01") },
      );
      expect(
        card.work_experience.map((j) => j.title),
        part,
      ).toEqual(["Analyst", "Clerk"]);
    }
  });

  it("uses the degree and heading words from the files", () => {
    const card = parseResume(
      doc(
        "Asha Rao\nasha@example.com\n\nJob History\n\nAnalyst\nAcme Bank - Pune, Maharashtra\nJune 2016 to Present\n\nEducation\n\nB.Tech in Computer Science\nPune University\n2012 - 2016",
      ),
      { now: new Date("2024-01-01") },
    );
    expect(card.work_experience[0]?.title).toBe("Analyst");
    expect(card.education[0]?.degree).toMatch(/B\.Tech/);
    expect(card.education[0]?.institution).toBe("Pune University");
  });
});
