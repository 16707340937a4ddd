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

  it("names the occupation whose label holds a shared title's head word, as written or stemmed", () => {
    // O*NET lists "Accountant" under Treasurers and Controllers and Billing Clerks too.
    const label = (text: string) => normalizer.findTitles(text)[0]?.label;
    expect(label("Accountant")).toBe("Accountants and Auditor");
    expect(label("Senior Accountant")).toBe("Accountants and Auditor");
    expect(label("Receptionist")).toBe("Receptionists and Information Clerk");
    expect(label("Production Supervisor")).toBe("First-Line Supervisors of Production and Operating Worker");
    // A label holding the head word as written goes first, as before.
    expect(label("Software Engineer")).toBe("Software Developer");
    expect(label("Nurse")).toBe("Registered Nurse");
  });

  it("reads a title's abbreviation only where it is written in capitals", () => {
    // "CO" (a correctional officer), "PM", "APP" as the sources write them; "Co", "pm", "app" are words.
    expect(normalizer.findTitles("PM")[0]?.text).toBe("PM");
    expect(normalizer.findTitles("CO")[0]?.text).toBe("CO");
    for (const words of ["Tarvo & Co", "Built a mobile app", "Mondays 9 pm", "Cat"])
      expect(normalizer.findTitles(words), words).toEqual([]);
  });
});
