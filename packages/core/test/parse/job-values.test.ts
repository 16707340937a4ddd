import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/card/shared";
import type { ParsedJob } from "../../src/parse/experience";
import { namesNothing, withNamedValues } from "../../src/parse/job-values";

/*
 * Fifteenth round: what flattened text and stray sentences left as a job's title or employer on
 * the real train CVs (a full stop, a year, a phone number, "Current / 6 years"), made up again.
 */

describe("a title or employer that names nothing", () => {
  it("is punctuation, a number, a range of years, a phone number, a sum or a length of time", () => {
    for (const text of [
      ".",
      ").",
      "2014",
      "2004 -2009",
      "555.010.4477",
      "3/4/01",
      "$310,000",
      "$2.4M",
      "12% .",
      "11 months .",
      "Current / 6 years",
      "1 Year 3 Months",
      "E",
    ])
      expect(namesNothing(text), text).toBe(true);
  });

  it("is not a name, however short, nor one that holds a number or a length of time", () => {
    for (const text of [
      "HP",
      "3M",
      "Quellin 24/7",
      "Tarvo Years Ltd",
      "Present Tense Media",
      "Zentra Month Club",
      "Ltd.",
      "IBM",
      "وزارة",
    ])
      expect(namesNothing(text), text).toBe(false);
  });
});

describe("the card's jobs keep only values that name something", () => {
  const job = (title: string | null, company: string | null): ParsedJob => ({
    entry: {
      title,
      normalized_title: title,
      company,
      location: null,
      start: "2012",
      end: "2014",
      current: false,
      bullets: [],
      role_confidence: 1,
    },
    lines: [],
    heads: [],
  });
  const quote = (field: string, text: string): Evidence => ({
    field,
    quote: text,
    page: 1,
    start: 0,
    end: text.length,
  });

  it("drops such a value and its evidence (an employer written as a sentence too), and tidies the punctuation a sentence left", () => {
    const read = withNamedValues({
      jobs: [
        job("Buyer", "2004 -2009"),
        job(". Layout editor", "delivery ."),
        job("Pvt. Ltd. analyst", "Quellin Pvt. Ltd."),
        job("Camp Counsellor", "Planned outdoor lessons for the younger pupils every week"),
        job("Lecturer", "Department of Computer Science and Engineering at the university"),
      ],
      evidence: [
        quote("work_experience[0].title", "Buyer"),
        quote("work_experience[0].company", "2004 -2009"),
        quote("work_experience[1].title", "Layout editor"),
      ],
    });
    expect(read.jobs.map((j) => [j.entry.title, j.entry.company])).toEqual([
      ["Buyer", null],
      ["Layout editor", "delivery"],
      ["Pvt. Ltd. analyst", "Quellin Pvt. Ltd."],
      ["Camp Counsellor", null],
      ["Lecturer", "Department of Computer Science and Engineering at the university"],
    ]);
    expect(read.evidence.map((e) => e.field)).toEqual([
      "work_experience[0].title",
      "work_experience[1].title",
    ]);
  });
});
