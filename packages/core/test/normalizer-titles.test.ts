import { describe, expect, it } from "vitest";
import { defaultNormalizer } from "../src";

const normalizer = defaultNormalizer();

describe("findTitles", () => {
  it("finds canonical titles with seniority from prefixes", () => {
    const text = "Senior Software Engineer at Acme; Lead Data Scientist; Jr. Developer";
    const found = normalizer.findTitles(text);
    expect(found.map((t) => [t.text, t.id, t.seniority])).toEqual([
      ["Senior Software Engineer", "onet_15_1252_00", "senior"],
      ["Lead Data Scientist", "onet_15_2051_00", "lead"],
      ["Jr. Developer", "onet_15_1252_00", "junior"],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("reads seniority inside the title and leaves it null when absent", () => {
    expect(normalizer.findTitles("Chief Technology Officer")[0]?.seniority).toBe("executive");
    expect(normalizer.findTitles("Accountant")[0]?.seniority).toBeNull();
  });

  it("takes no field a title's bracket qualifies for a title ('Mechanical Engineer (Mining)')", () => {
    // The sources write "… (Management)", "… (Retail)", "… (Education)": those words name no job,
    // and "Time management" under a CV's experience heading is no job title.
    for (const field of ["Time management", "Retail", "Education", "Housing", "Construction", "Mining"])
      expect(normalizer.findTitles(field), field).toEqual([]);
    // A practitioner or an abbreviation in a bracket is a title still.
    expect(normalizer.findTitles("Obstetrician")[0]?.text).toBe("Obstetrician");
    expect(normalizer.findTitles("CEO")[0]?.text).toBe("CEO");
  });

  it("reads a title's abbreviation only where it is written in capitals", () => {
    // "CO" (a correctional officer), "PM", "APP" as the sources write them; "Co", "pm", "app" are words.
    expect(normalizer.findTitles("PM")[0]?.text).toBe("PM");
    expect(normalizer.findTitles("CO")[0]?.text).toBe("CO");
    for (const words of ["Tarvo & Co", "Built a mobile app", "Mondays 9 pm", "Cat"])
      expect(normalizer.findTitles(words), words).toEqual([]);
  });
});
