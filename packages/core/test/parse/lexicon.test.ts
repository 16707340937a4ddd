import { describe, expect, it } from "vitest";
import { findDates } from "../../src/parse/dates";
import {
  degreesLexicon,
  headingsLexicon,
  monthsLexicon,
  placesLexicon,
  rolesLexicon,
} from "../../src/parse/lexicon";
import { readLocation } from "../../src/parse/places";
import { parseResume } from "../../src/parse/resume";
import { companyScore, hasRoleWord, legalSuffixEnd } from "../../src/parse/roles";
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

  it("reads every role noun in the file as naming a job, in each of its languages", () => {
    for (const [language, nouns] of Object.entries(rolesLexicon.role_nouns)) {
      for (const noun of nouns) expect(hasRoleWord(`Senior ${noun}`), `${language}: ${noun}`).toBe(true);
    }
  });

  it("reads a job written as one compound word with every ending in the file", () => {
    for (const ending of Object.values(rolesLexicon.compound_role_endings).flat()) {
      // The ending as a word: "entwickler(?:in)?" is written "entwickler".
      const word = ending.replace(/\(\?:[^)]*\)\?/g, "");
      expect(hasRoleWord(`Software${word}`), ending).toBe(true);
    }
  });

  it("reads every organisation word and legal suffix in the file as naming an employer", () => {
    for (const cue of rolesLexicon.company_cues)
      expect(companyScore(`Quellin ${cue}`), cue).toBeGreaterThanOrEqual(2);
    for (const noun of rolesLexicon.workplace_nouns)
      expect(companyScore(`Quellin ${noun}`), noun).toBeGreaterThanOrEqual(2);
    for (const suffix of rolesLexicon.legal_suffixes.any_case) {
      expect(legalSuffixEnd(`Quellin ${suffix}`), suffix).toBe(`Quellin ${suffix}`.length);
    }
  });

  it("reads every country, city and remote word in the file as a place", () => {
    for (const country of placesLexicon.countries)
      expect(readLocation(country)?.country, country).toBe(country);
    for (const city of placesLexicon.cities) {
      // A city-state ("Singapore") is read as its country.
      const place = readLocation(city);
      expect(place?.city ?? place?.country, city).toBe(city);
    }
    for (const word of placesLexicon.remote)
      expect(readLocation(word), word).toMatchObject({ city: null, raw: word });
  });
});
