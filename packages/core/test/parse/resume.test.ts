import { describe, expect, it } from "vitest";
import {
  type ExtractedDocument,
  InputError,
  parseResume,
  type ResumeCardV1,
  ResumeCardV1Schema,
} from "../../src";
import { fixtureDoc, textDoc } from "./helpers";

const now = new Date("2025-06-15T00:00:00Z");
const parse = (doc: ExtractedDocument): ResumeCardV1 => parseResume(doc, { now });
const names = (card: ResumeCardV1) => card.skills.map((s) => s.name.toLowerCase());

/** Every evidence quote must be the document text at its offsets (single-line quotes). */
function expectEvidenceOnText(card: ResumeCardV1, doc: ExtractedDocument) {
  for (const e of card.evidence) expect(doc.text.slice(e.start ?? 0, e.end ?? 0)).toBe(e.quote);
}

describe("parseResume — English, classic layout", () => {
  const doc = fixtureDoc("resume-en-basic.txt");
  const card = parse(doc);

  it("is a valid resume-card-v1 from the rules parser, with evidence on the source text", () => {
    expect(ResumeCardV1Schema.parse(card)).toEqual(card);
    expect(card.meta).toMatchObject({ provider: "rules", parser: "deterministic" });
    expectEvidenceOnText(card, doc);
  });

  it("reads contact details", () => {
    expect(card.personal_info).toMatchObject({
      name: "Mira Testesen",
      email: "mira.testesen@example.com",
      phone: "+45 20 00 00 00",
      location: { city: "Aarhus", country: "Denmark" },
    });
    expect(card.personal_info.links.map((l) => l.kind)).toEqual(["linkedin", "github"]);
  });

  it("reads jobs with title, company, location and dates", () => {
    expect(
      card.work_experience.map(({ title, company, start, end, current }) => ({
        title,
        company,
        start,
        end,
        current,
      })),
    ).toEqual([
      {
        title: "Senior Backend Engineer",
        company: "Example Health ApS",
        start: "2020-03",
        end: null,
        current: true,
      },
      {
        title: "Backend Developer",
        company: "Fjord Logistics",
        start: "2017-08",
        end: "2020-02",
        current: false,
      },
    ]);
    expect(card.work_experience[0]?.location?.city).toBe("Aarhus");
    expect(card.work_experience[0]?.bullets).toHaveLength(2);
    expect(card.total_years_experience).toBeCloseTo(7.9, 1);
  });

  it("reads education, skills with years, and languages with levels", () => {
    expect(card.education[0]).toMatchObject({
      degree: "MSc",
      field: "Computer Science",
      institution: "Aarhus University",
      end: "2017",
    });
    expect(names(card)).toEqual(expect.arrayContaining(["typescript", "postgresql", "docker"]));
    expect(card.skills.find((s) => s.name === "PostgreSQL")?.years).toBeGreaterThan(2);
    expect(card.languages).toEqual([
      { language: "da", name: "Danish", level: "native" },
      { language: "en", name: "English", level: "fluent" },
    ]);
  });
});

describe("parseResume — other languages and layouts", () => {
  it("reads a Danish CV (ALL CAPS headings, 'jan. 2020 – nu', modersmål)", () => {
    const card = parse(fixtureDoc("resume-da.txt", "da"));
    expect(card.personal_info.name).toBe("Søren Kjærgaard Nielsen");
    expect(card.work_experience[0]).toMatchObject({
      title: "Senior softwareudvikler",
      company: "Danske Bank A/S",
      start: "2020-01",
      current: true,
    });
    expect(card.work_experience[1]).toMatchObject({
      title: "Softwareudvikler",
      company: "Netcompany A/S",
      end: "2019-12",
    });
    expect(card.education.map((e) => e.institution)).toEqual([
      "Danmarks Tekniske Universitet",
      "Københavns Universitet",
    ]);
    expect(card.languages.map((l) => [l.language, l.level])).toEqual([
      ["da", "native"],
      ["en", "fluent"],
      ["de", "basic"],
    ]);
  });

  it("reads an Arabic CV with Arabic-Indic digits", () => {
    const doc = fixtureDoc("resume-ar.txt", "ar");
    const card = parse(doc);
    expect(card.personal_info.name).toBe("أحمد محمد العلي");
    expect(card.personal_info.phone).toBe("+966 50 123 4567");
    expect(card.work_experience.map((w) => [w.company, w.start, w.end, w.current])).toEqual([
      ["شركة الاتصالات السعودية", "2019", null, true],
      ["شركة علم", "2015", "2019", false],
    ]);
    expect(card.education[0]).toMatchObject({
      degree: "بكالوريوس",
      institution: "جامعة الملك سعود",
      end: "2015",
    });
    expect(card.languages.map((l) => [l.language, l.level])).toEqual([
      ["ar", "native"],
      ["en", "fluent"],
    ]);
    expectEvidenceOnText(card, doc);
  });

  it("reads a two-column CV whose sidebar comes first, and three entry layouts", () => {
    const card = parse(fixtureDoc("resume-two-column.txt"));
    expect(card.personal_info).toMatchObject({
      name: "JANE DOE",
      headline: "Data Scientist",
      email: "jane.doe@example.com",
    });
    expect(card.work_experience.map((w) => [w.title, w.company, w.start, w.end])).toEqual([
      ["Data Scientist", "Monzo Bank", "2021-03", null],
      ["Data Analyst", "Acme Analytics Ltd", "2018-09", "2021-02"],
      ["Junior Analyst", "Example Retail plc", "2016", "2018"],
    ]);
    expect(card.work_experience[2]?.location?.city).toBe("Leeds");
    expect(card.education[0]).toMatchObject({
      degree: "Bachelor of Science",
      field: "Mathematics",
      institution: "University of Leeds",
    });
    expect(card.certifications[0]).toMatchObject({ name: "AWS Certified Cloud Practitioner", date: "2022" });
    expect(card.languages.map((l) => l.level)).toEqual(["native", "B2"]);
  });

  it("reads company / title / dates / place stacked on their own lines", () => {
    const card = parse(fixtureDoc("resume-stacked.txt", "en"));
    expect(card.work_experience[0]).toMatchObject({
      title: "Senior Product Designer",
      company: "Globant",
      start: "2019-06",
      current: true,
    });
    expect(card.work_experience[0]?.location?.city).toBe("Madrid");
    expect(card.work_experience[0]?.bullets).not.toContain("Madrid");
    expect(card.work_experience[1]).toMatchObject({
      title: "UX Designer",
      company: "Freelance",
      start: "2015",
      end: "2019",
    });
    expect(card.personal_info.links).toEqual([{ kind: "portfolio", url: "https://lucas.design" }]);
    expect(names(card)).toEqual(expect.arrayContaining(["figma", "sketch", "user research"]));
  });

  it("reads a job a two-column page set under the other column's heading, when the experience heading holds none", () => {
    const lines = [
      "Mira Holt",
      "Web developer",
      "WORK EXPERIENCE",
      "Able to grasp new tools quickly.",
      "Calm under deadlines.",
      "PERSONAL DETAILS",
      "Mira Holt",
      "12 Ash Road",
      "Leeds",
      "Tarvo Design Company",
      "Leeds",
      "WEB DEVELOPER",
      "June 2018 - Present",
      "Built the online shops of small businesses in PHP.",
    ];
    const card = parse(textDoc(lines.join("\n")));
    expect(card.work_experience.map((j) => [j.title, j.company, j.start])).toEqual([
      ["WEB DEVELOPER", "Tarvo Design Company", "2018-06"],
    ]);
    // Under an experience heading that holds its jobs, a date in the personal details is no job.
    const held = [
      "Mira Holt",
      "WORK EXPERIENCE",
      "Web Developer",
      "Tarvo Design Company, Leeds",
      "June 2018 - Present",
      "PERSONAL DETAILS",
      "Volunteer driver",
      "2012 - 2014",
    ];
    expect(parse(textDoc(held.join("\n"))).work_experience.map((j) => j.title)).toEqual(["Web Developer"]);
  });
});

describe("parseResume — edge cases", () => {
  it("never reads Java out of JavaScript", () => {
    const card = parse(textDoc("Ann Berg\nann@example.com\n\nSkills\nJavaScript, TypeScript, React"));
    expect(names(card)).toContain("javascript");
    expect(names(card)).not.toContain("java");
  });

  it("reads a surname that is also a place-of-work noun as a name (Sam Store, Ann Church)", () => {
    for (const name of ["Sam Store", "Ann Church"]) {
      const email = `${name.toLowerCase().replace(" ", ".")}@example.com`;
      const card = parse(textDoc(`${name}\n${email}\n\nSummary\nNurse in intensive care.`));
      expect(card.personal_info.name).toBe(name);
    }
  });

  it("reads no address, heading, degree or sentence under the name as the headline", () => {
    const headline = (second: string) =>
      parse(textDoc(`Mira Holt\n${second}\nmira@example.com\n\nExperience\nAnalyst, Tarvo Ltd, 2019 - 2021`))
        .personal_info.headline ?? null;
    for (const line of [
      "42 Quellin Street",
      "77 Tarvo Gardens, Unit 4B, Leeds, WA 98101",
      "12, rue Tarvo",
      "908 Zentra Drive #6",
      "Leeds, WA 98101",
      "P.O. Box 17",
      "Education",
      "Master of Science in Logistics",
      "and made the weekly plans for the team",
      "Analyst who turns the sales data of forty stores into weekly reports that managers read",
    ])
      expect(headline(line), line).toBeNull();
    for (const line of ["Senior Data Analyst", "PhD student (Logistics)", "software engineer - Tarvo"])
      expect(headline(line), line).toBe(line);
  });

  it("reads the name without the degrees after its commas, and the degrees as degrees", () => {
    const card = parse(
      textDoc("Zorvy Quellin, MBA, PMP\nzorvy@example.com\n\nExperience\nAnalyst, Tarvo Ltd, 2019 - 2021"),
    );
    expect(card.personal_info.name).toBe("Zorvy Quellin");
    expect(card.personal_info.headline ?? null).toBeNull();
    expect(card.education.map((e) => e.degree)).toContain("MBA");
    // A school and its degree written out are no name and its letters.
    const school = parse(
      textDoc("Seeking a new role\nzorvy@example.com\n2011 - 2015\nZentra Academy, Master in route planning"),
    );
    expect(school.personal_info.name ?? null).toBeNull();
  });

  it("reports what it could not find", () => {
    const card = parse(textDoc("Experienced engineer looking for new challenges.\nPython, SQL"));
    const fields = card.missing_fields.map((m) => [m.field, m.severity]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["personal_info.name", "critical"],
        ["personal_info.email", "important"],
        ["work_experience", "important"],
      ]),
    );
  });

  it("rejects a document with no text", () => {
    expect(() => parse(textDoc("  \n \n"))).toThrow(InputError);
  });
});

/* Fifteenth round, made-up names: a surname that is also a role noun. */
describe("parseResume — a surname that is a job", () => {
  it("reads 'Ruth Cook' and 'Ella Dean' as names, and 'Pastry Cook' as none", () => {
    const nameOf = (first: string) =>
      parseResume(textDoc(`${first}\nmail@example.com\n\nEXPERIENCE\nDeveloper, Quellin Ltd\n2019 - 2023`), {
        now: new Date("2024-06-01"),
      }).personal_info.name;
    expect(nameOf("Ruth Cook")).toBe("Ruth Cook");
    expect(nameOf("Ella Dean")).toBe("Ella Dean");
    expect(nameOf("Pastry Cook")).toBeNull();
  });
});
