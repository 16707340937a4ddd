import { describe, expect, it } from "vitest";
import { isStreetAddress, readLocation } from "../../src/parse/places";
import { parseResume } from "../../src/parse/resume";
import { hasRoleWord } from "../../src/parse/roles";
import { foldCompatibilityForms } from "../../src/parse/text";
import { cardOf, educationRows, entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

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
    expect(doc.text.slice(quote?.start ?? 0, quote?.end ?? 0)).toBe("Quellin Labs");
  });

  it("reads no name, headline or home from the jobs of a CV that opens with its headline", () => {
    const card = cardOf(
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
      cardOf(["Mira Holt", second, "", "EXPERIENCE", "Tutor, 2019 - 2021"].join("\n")).personal_info.headline;
    expect(headline("Teaching post in a primary school near the coast.")).toBeNull();
    expect(headline("goals, pupil progress and reading standards.")).toBeNull();
    expect(headline("Primary School Teacher")).toBe("Primary School Teacher");
  });

  it("reads a USAJOBS builder's entries: address lines, pay and hours, the title under them, its sub-heading", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "Email: mira@example.com",
        "",
        "Work Experience:",
        "Zentra Holdings",
        "12 Harbour Street",
        "Tulsa, OK 74103 United States",
        "",
        "01/2015 - Present",
        "Salary: $61,500.00 USD Per Year",
        "Hours per week: 40",
        "",
        "Financial Analyst",
        "Duties, Accomplishments and Related Skills:",
        "Built the monthly forecasts for three business units.",
        "",
        "Supervisor: Ada Quill (555-555-5555)",
        "Okay to contact this Supervisor: Yes",
        "",
        "Tarvo Motors",
        "40 Mill Lane",
        "Dallas, TX 75201 United States",
        "",
        "06/2010 - 12/2014",
        "Hours per week: 40",
        "",
        "Staff Accountant",
        "Duties, Accomplishments and Related Skills:",
        "Reconciled the bank statements.",
        "",
        "Education:",
        "Quellin State University Norman, OK United States",
        "Bachelor's Degree 05/2010",
      ].join("\n"),
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city, j.start, j.end])).toEqual([
      ["Financial Analyst", "Zentra Holdings", "Tulsa", "2015-01", null],
      ["Staff Accountant", "Tarvo Motors", "Dallas", "2010-06", "2014-12"],
    ]);
    expect(card.education.map((e) => [e.degree, e.institution])).toEqual([
      ["Bachelor's Degree", "Quellin State University"],
    ]);
  });

  it("cuts a town run on to a school's name only where the school keeps its own", () => {
    expect(
      educationRows(
        "BSc Physics, Quellin University Leeds, UK 2012",
        "",
        "MSc, University of West Leeds, UK 2009",
      ).map((row) => row[2]),
    ).toEqual(["Quellin University", "University of West Leeds"]);
  });

  it("reads a state, its ZIP code and the country with no comma between as one place", () => {
    expect(readLocation("Tulsa, OK 74103 United States")).toMatchObject({
      city: "Tulsa",
      region: "OK",
      country: "United States",
    });
    expect(isStreetAddress("12 Harbour Street")).toBe(true);
    expect(isStreetAddress("12 Angry Men")).toBe(false);
  });

  it("reads a place in brackets closing the employer as the entry's place", () => {
    const card = cardOf(
      experienceCv(
        "Software Engineer, Zentra Labs (Leeds, UK) — 2015–2017",
        "Built the billing service.",
        "Junior Developer, Quellin (India) Pvt Ltd — 2012–2015",
      ),
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city ?? null])).toEqual([
      ["Software Engineer", "Zentra Labs", "Leeds"],
      ["Junior Developer", "Quellin (India) Pvt Ltd", null],
    ]);
  });

  it("dates a job stated in a sentence of the summary by the range the sentence gives it", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "Career Summary",
        "Working as Senior Software Engineer at Zentra Technologies, Pune from March 2014 to till date.",
        "Worked as Software Engineer in Tarvo Infotech Ltd, Chennai from July 2011 to February 2014. Joined in 2011.",
      ].join("\n"),
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.start, j.end, j.current])).toEqual([
      ["Senior Software Engineer", "Zentra Technologies", "2014-03", null, true],
      ["Software Engineer", "Tarvo Infotech Ltd", "2011-07", "2014-02", false],
    ]);
  });

  it("knows a role noun's feminine form by its language's rule", () => {
    expect(hasRoleWord("Werkstudentin")).toBe(true);
    expect(hasRoleWord("Sachbearbeiterin")).toBe(true);
    expect(hasRoleWord("Becaria")).toBe(true);
    expect(hasRoleWord("Programadora")).toBe(true);
    expect(hasRoleWord("Berlin")).toBe(false);
    expect(
      jobRows(
        experienceCv(
          "seit 04/2019",
          "Softwareentwicklerin, Zentra GmbH, Berlin",
          "01/2015 – 03/2019",
          "Werkstudentin, Tarvo AG, München",
        ),
      ),
    ).toEqual([
      ["Softwareentwicklerin", "Zentra GmbH", "2019-04"],
      ["Werkstudentin", "Tarvo AG", "2015-01"],
    ]);
  });

  it("reads a town run on to the employer's name before its state or country as the place", () => {
    const card = cardOf(
      experienceCv(
        "Software Engineer 06/2015 to Present",
        "Zentra Labs Leeds, UK",
        "• Built the billing service.",
        "Junior Developer 03/2012 to 05/2015",
        "Tarvo Systems; Dallas, TX",
        "Analyst 2010 to 2012",
        "Bank of America, USA",
        "Clerk 2008 to 2010",
        "Quellin Bank, New York, NY",
        "Tester 2006 to 2008",
        "Zentra Soft Bengaluru, Karnataka",
        "Tutor 2005 to 2006",
        "Freelance Leeds, UK",
      ),
    );
    expect(card.work_experience.map((j) => [j.company, j.location?.city ?? null])).toEqual([
      ["Zentra Labs", "Leeds"],
      ["Tarvo Systems", "Dallas"],
      ["Bank of America", null],
      ["Quellin Bank", "New York"],
      ["Zentra Soft", "Bengaluru"],
      // How the job was held names no employer.
      [null, expect.anything()],
    ]);
  });

  it("reads the name without the form of address or the document's words before it", () => {
    const name = (first: string) =>
      cardOf([first, "mira@example.com", "", "EXPERIENCE", "Analyst, Zentra Bank, 2015 - 2017"].join("\n"))
        .personal_info.name;
    expect(name("Mr. Tarvo Quellin")).toBe("Tarvo Quellin");
    expect(name("DR. MIRA HOLT")).toBe("MIRA HOLT");
    expect(name("Resume of Mira Holt")).toBe("Mira Holt");
    expect(name("Name: Ms. Mira Holt")).toBe("Mira Holt");
    expect(name("Mira Holt")).toBe("Mira Holt");
  });
});
