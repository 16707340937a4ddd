import { describe, expect, it } from "vitest";
import { parseResume, resumeSections } from "../../src/parse/resume";
import { textDoc } from "./helpers";

/*
 * Fifteenth round, made-up text (Quellin, Tarvo, Zentra: made-up names): section headings the
 * parser missed, which put a section's lines into the section before it.
 */
const now = new Date("2024-06-01");
const card = (...lines: string[]) =>
  parseResume(textDoc(["Mira Holt", "mira@example.com", "", ...lines].join("\n")), { now });
const headings = (...lines: string[]) =>
  resumeSections(textDoc(["Mira Holt", "mira@example.com", "", ...lines].join("\n"))).sections.map((s) => [
    s.kind,
    s.heading?.text ?? null,
  ]);

describe("letter-spaced headings", () => {
  it("reads small capitals as PDFs extract them", () => {
    const cv = card(
      "S KILLS",
      "Scheduling, Budgets, Site Safety",
      "",
      "P ROFESSIONAL E XPERIENCE",
      "Quellin Builders, Tarvo, OH",
      "2015 to Present",
      "Site Manager",
      "Ran the crews of three sites.",
    );
    expect(cv.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Site Manager", "Quellin Builders"],
    ]);
  });

  it("reads words a PDF broke anywhere", () => {
    expect(
      headings(
        "Ke y S ki ll s",
        "Bookkeeping",
        "",
        "E xp er ie nc e",
        "Zentra Supplies, Tarvo",
        "",
        "Edu c ati on",
      ),
    ).toEqual([
      ["header", null],
      ["skills", "Ke y S ki ll s"],
      ["experience", "E xp er ie nc e"],
      ["education", "Edu c ati on"],
    ]);
  });

  it("does not join words that are words, or letters that spell no heading", () => {
    expect(headings("SKILLS", "Ex Perience Labs", "Ta r vo")).toEqual([
      ["header", null],
      ["skills", "SKILLS"],
    ]);
  });
});

/* Sixteenth round, made-up text. */
describe("a heading broken over two lines", () => {
  it("leaves the rest of the heading out of its section: no entry takes it for a header line", () => {
    const card = parseResume(
      textDoc(
        [
          "Mira Holt",
          "mira@example.com",
          "",
          "EMPLOYMENT",
          "AND TRAINING",
          "",
          "Software Engineer, Zentra",
          "August 2014 - Present",
          "Built the billing service.",
        ].join("\n"),
      ),
    );
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([["Software Engineer", "Zentra"]]);
  });
});

describe("a co-curricular activities heading", () => {
  it("closes the experience section: an award there naming the employer is no job", () => {
    const card = parseResume(
      textDoc(
        [
          "Mira Holt",
          "mira@example.com",
          "",
          "WORK EXPERIENCE",
          "",
          "Technical support engineer",
          "",
          "Quellin Systems",
          "",
          "Answered escalated calls from business customers.",
          "",
          "Technical and Co-Curricular activities",
          "",
          "➢ Top Performer in Quellin Systems in 2015.",
          "➢ Ran the robotics club at Zentra College in 2012.",
          "",
          "EDUCATION",
          "BSc Physics",
        ].join("\n"),
      ),
    );
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Technical support engineer", "Quellin Systems"],
    ]);
  });
});

describe("a labelled heading between work and schooling", () => {
  it("opens the other section ('Employment: Tarvo' under education), and leaves a job's own labels in the job", () => {
    expect(
      headings(
        "Qualifications:",
        "BSc Geography, Quellin University, 2001 - 2004",
        "Employment: Tarvo",
        "2016 - 2018",
        "Analyst, Zentra Freight",
      ),
    ).toEqual([
      ["header", null],
      ["education", "Qualifications:"],
      ["experience", "Employment: Tarvo"],
    ]);
    expect(
      headings(
        "Experience",
        "Site Manager, Quellin Builders, 2015 - 2020",
        "Projects: Tarvo Bridge, Zentra Depot",
        "Responsibilities: crews of three sites",
      ),
    ).toEqual([
      ["header", null],
      ["experience", "Experience"],
    ]);
  });
});
