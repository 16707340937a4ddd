import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { foldCompatibilityForms } from "../../src/parse/text";
import { entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

/*
 * Twenty-fourth round, made-up text: what CV builders other than the job board write — fullwidth
 * separators, a CV that opens with a headline and no name, a last entry whose first duty is a
 * short sentence, a contact address where an employer could go.
 */
describe("CVs from other builders", () => {
  it("reads fullwidth separators and digits as the ASCII ones, offsets kept", () => {
    expect(foldCompatibilityForms("Zentra Foods － Tulsa ， OK （２０１５）")).toBe(
      "Zentra Foods - Tulsa , OK (2015)",
    );
    expect(foldCompatibilityForms("Quellin‐Tarvo − 2015 ― 2017")).toBe("Quellin-Tarvo - 2015 — 2017");
    expect(
      jobRows(
        experienceCv(
          "01/2014 to Current",
          "Senior Accountant Zentra Foods － Tulsa , OK",
          "• Prepared the monthly closing entries.",
          "06/2010 to 12/2013",
          "Staff Accountant Tarvo Motors － Dallas , TX",
          "• Reconciled the bank statements.",
        ),
      ),
    ).toEqual([
      ["Senior Accountant", "Zentra Foods", "2014-01"],
      ["Staff Accountant", "Tarvo Motors", "2010-06"],
    ]);
  });

  it("quotes the document's own characters' places when it folded them", () => {
    const doc = textDoc(experienceCv("Junior Developer", "Quellin Labs － Leeds", "２０１５ – ２０１７"));
    const card = parseResume(doc, { now: entryTestNow });
    expect(card.work_experience[0]).toMatchObject({ company: "Quellin Labs", start: "2015", end: "2017" });
    const quote = card.evidence.find((e) => e.field === "work_experience[0].company");
    expect(quote && doc.text.slice(quote.start, quote.end)).toBe("Quellin Labs");
  });

  it("reads no name, headline or home from the jobs of a CV that opens with its headline", () => {
    const card = parseResume(
      textDoc(
        [
          "ACCOUNTS PAYABLE SPECIALIST",
          "Professional Summary",
          "Accountant with ten years of ledgers and audits.",
          "Work History",
          "Senior Accountant, 01/2014 to Current",
          "Zentra Foods – Tulsa, OK",
          "Prepared monthly closing entries for three business units.",
          "Staff Accountant, 06/2010 to 12/2013",
          "Tarvo Motors – Dallas, TX",
          "Reconciled the bank statements each week.",
        ].join("\n"),
      ),
      { now: entryTestNow },
    );
    expect(card.personal_info).toMatchObject({
      name: null,
      headline: "ACCOUNTS PAYABLE SPECIALIST",
      location: null,
    });
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city])).toEqual([
      ["Senior Accountant", "Zentra Foods", "Tulsa"],
      ["Staff Accountant", "Tarvo Motors", "Dallas"],
    ]);
  });

  it("reads no employer from a last entry's first duty, nor from an e-mail address", () => {
    expect(
      jobRows(
        experienceCv(
          "01/2014 to Current",
          "Senior Accountant",
          "Prepared the monthly closing entries.",
          "06/2010 to 12/2013",
          "Staff Accountant",
          "Reconciled the bank statements each week.",
        ),
      ),
    ).toEqual([
      ["Senior Accountant", null, "2014-01"],
      ["Staff Accountant", null, "2010-06"],
    ]);
    expect(jobRows(experienceCv("Staff Accountant, 06/2010 to 12/2013", "mira.holt@example.com"))).toEqual([
      ["Staff Accountant", null, "2010-06"],
    ]);
    // An organisation's closing word, or its web address beside its name, keeps it the employer.
    expect(jobRows(experienceCv("Staff Accountant, 06/2010 to 12/2013", "Zentra foods ltd."))).toEqual([
      ["Staff Accountant", "Zentra foods ltd.", "2010-06"],
    ]);
    expect(
      jobRows(experienceCv("Staff Accountant, 06/2010 to 12/2013", "ZENTRA STUDIO (WWW.ZENTRA.EXAMPLE)")),
    ).toEqual([["Staff Accountant", "ZENTRA STUDIO (WWW.ZENTRA.EXAMPLE)", "2010-06"]]);
  });

  it("takes no objective or sentence's tail for the headline", () => {
    const headline = (second: string) =>
      parseResume(textDoc(["Mira Holt", second, "", "EXPERIENCE", "Tutor, 2019 - 2021"].join("\n")), {
        now: entryTestNow,
      }).personal_info.headline;
    expect(headline("Teaching post in a primary school near the coast.")).toBeNull();
    expect(headline("goals, pupil progress and reading standards.")).toBeNull();
    expect(headline("Primary School Teacher")).toBe("Primary School Teacher");
  });
});
