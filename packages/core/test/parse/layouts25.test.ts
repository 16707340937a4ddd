import { describe, expect, it } from "vitest";
import { readLocation } from "../../src/parse/places";
import { cardOf, educationRows, experienceCv, jobRows } from "./helpers";

/*
 * Twenty-fifth round, made-up text: a layout copied from one entry onto another; employers written
 * as brands; a table of degrees; a job board's contact line; names written surname first or after
 * the document's name; LinkedIn's place line and given names beyond the English lists.
 */
describe("one layout throughout a CV", () => {
  it("copies the layout onto an entry whose words say nothing either way", () => {
    const entries = [
      "Data Analyst",
      "Tarvex Systems -",
      "September 2012 to August 2014",
      "Cleaned the sales data.",
      "Quellin",
      "Zorvy",
      "July 2011 to August 2012",
      "Answered customer queries.",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Data Analyst", "Tarvex Systems", "2012-09"],
      ["Quellin", "Zorvy", "2011-07"],
    ]);
  });
});

describe("employers written as brands", () => {
  it("reads a name opening in lower case ('eQuellin', 'iTarvo') as a header line, not a sentence's next line", () => {
    const entries = [
      "Quality Assurance",
      "TARVEX SOLUTIONS PVT LTD - Mumbai, Maharashtra",
      "January 2014 to May 2016",
      "Tested the billing screens.",
      "Customer Service",
      "eQuellin Services",
      "March 2012 to December 2013",
      "Served customers.",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Quality Assurance", "TARVEX SOLUTIONS PVT LTD", "2014-01"],
      ["Customer Service", "eQuellin Services", "2012-03"],
    ]);
  });
});

describe("a table of degrees", () => {
  it("reads no degree from the table's row of column heads", () => {
    const rows = [
      "Qualification | Board/University | Year | Percentage",
      "B.E. (CSE) | Quellin University | 2014 | 72%",
      "HSC | State Board | 2010 | 85%",
    ];
    expect(educationRows(...rows).map(([degree, , school]) => [degree, school])).toEqual([
      ["B.E.", "Quellin University"],
      ["HSC", "State Board"],
    ]);
    const gaps = [
      "Degree     Institute     Year of Passing     CGPA",
      "MBA     Tarvo Business School     2019     8.1",
    ];
    expect(educationRows(...gaps).map(([degree, , school]) => [degree, school])).toEqual([
      ["MBA", "Tarvo Business School"],
    ]);
  });
});

describe("an Indian CV's skills rows and personal details", () => {
  const card = cardOf(
    [
      "Mira Holt",
      "E-mail: mira.holt@example.com",
      "",
      "TECHNICAL SKILLS",
      "Languages : Java, Python",
      "Database : MySQL",
      "",
      "PERSONAL DETAILS",
      "Date of Birth : 12-05-1992",
      "Languages Known : English, Hindi, Marathi",
    ].join("\n"),
  );

  it("reads 'Languages : Java, Python' under the skills as skills, not spoken languages", () => {
    expect(card.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Java", "Python", "MySQL"]));
  });

  it("reads 'Languages Known' among the personal details as the languages spoken", () => {
    expect(card.languages.map((l) => l.language)).toEqual(["en", "hi", "mr"]);
  });
});

describe("LinkedIn's export", () => {
  it("reads 'Leeds, England, United Kingdom' under the dates as the job's place, England its region", () => {
    expect(readLocation("Leeds, England, United Kingdom")).toMatchObject({
      city: "Leeds",
      region: "England",
      country: "United Kingdom",
    });
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "Experience",
        "Tarvex Retail",
        "Data Analyst",
        "January 2019 - Present (5 years 2 months)",
        "Leeds, England, United Kingdom",
        "Own the weekly trading dashboard.",
        "",
        "Quellin Insights",
        "Junior Analyst",
        "September 2016 - December 2018 (2 years 4 months)",
        "Glasgow, Scotland, United Kingdom",
      ].join("\n"),
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.location?.city])).toEqual([
      ["Data Analyst", "Tarvex Retail", "Leeds"],
      ["Junior Analyst", "Quellin Insights", "Glasgow"],
    ]);
  });
});

describe("given names beyond the English lists", () => {
  it("finds a name below a LinkedIn export's sidebar by its given name, from India, Turkey or Poland", () => {
    for (const person of ["Priya Vantakesh", "Emre Quellin", "Agnieszka Tarvo"]) {
      const card = cardOf(
        [
          "Contact",
          "www.linkedin.com/in/zorvy-example (LinkedIn)",
          "zorvy@example.com",
          "",
          "Top Skills",
          "Data Analysis",
          "SQL",
          "",
          "Languages",
          "English (Native or Bilingual)",
          "Tamil (Native or Bilingual)",
          "",
          "Certifications",
          "Tableau Desktop Specialist",
          "",
          person,
          "Data Analyst at Tarvex Retail",
          "Leeds, England, United Kingdom",
          "",
          "Summary",
          "Analyst turning retail data into weekly decisions.",
          "",
          "Experience",
          "Tarvex Retail",
          "Data Analyst",
          "January 2019 - Present (5 years 2 months)",
        ].join("\n"),
      );
      expect(card.personal_info.name).toBe(person);
      // The name, headline and place after the sidebar's last section are none of its certificates.
      expect(card.certifications.map((c) => c.name)).toEqual(["Tableau Desktop Specialist"]);
    }
  });
});

describe("a document titled RESUME", () => {
  it("reads its first line as the document's title: the header below it is no summary", () => {
    const card = cardOf(
      [
        "RESUME",
        "",
        "MIRA HOLT",
        "Mobile: +91 98765 43210",
        "E-mail: mira.holt@example.com",
        "",
        "CAREER OBJECTIVE",
        "To work where my skills help the organisation grow.",
      ].join("\n"),
    );
    expect(card.personal_info).toMatchObject({ name: "MIRA HOLT", email: "mira.holt@example.com" });
    expect(card.summary).toBe("To work where my skills help the organisation grow.");
  });
});

describe("a contact line with pictograms", () => {
  it("reads the home place without the pin before it", () => {
    const card = cardOf(
      ["Mira Holt", "Frontend Developer", "📧 mira@example.com", "📍 Edinburgh, Scotland"].join("\n"),
    );
    expect(card.personal_info.location).toMatchObject({ city: "Edinburgh", raw: "Edinburgh, Scotland" });
  });
});

describe("a European postal address under the name", () => {
  const personOf = (...lines: string[]) =>
    cardOf([...lines, "", "EXPERIENCE", "Analyst, Zorvy, 2015 - 2018"].join("\n")).personal_info;

  it("reads the town after the postcode as home, and the address as no headline", () => {
    expect(personOf("Mira Holt", "Calle de Tarvex 23, 3º B, 28015 Madrid", "mira@example.com")).toMatchObject(
      {
        headline: null,
        location: { city: "Madrid" },
      },
    );
    expect(personOf("Mira Holt", "Tarvexweg 3", "8004 Zürich", "mira@example.com")).toMatchObject({
      headline: null,
      location: { city: "Zürich" },
    });
    expect(
      personOf("Mira Holt", "Adres: Tarvexstraat 21, 3512 AB Utrecht", "mira@example.com"),
    ).toMatchObject({
      location: { city: "Utrecht", raw: "Utrecht" },
    });
  });

  it("reads the home after a 'Current Location:' label", () => {
    expect(personOf("Mira Holt", "Current Location: Dubai, UAE", "mira@example.com").location).toMatchObject({
      city: "Dubai",
    });
  });

  it("still reads a headline under the name", () => {
    expect(personOf("Mira Holt", "Data Analyst", "mira@example.com").headline).toBe("Data Analyst");
  });
});

describe("languages written among the skills", () => {
  it("reads Europass's mother tongue and language grid as languages spoken, not skills", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "PERSONAL SKILLS",
        "Mother tongue(s)   Croatian",
        "Other language(s)  UNDERSTANDING          SPEAKING                 WRITING",
        "                   Listening  Reading     Spoken interaction  Spoken production",
        "English            C1  C1  B2  B2  C1",
        "German             B1  B2  A2  A2  B1",
        "",
        "Digital skills     Adobe Photoshop, Canva",
      ].join("\n"),
    );
    expect(card.languages.map((l) => [l.language, l.level])).toEqual([
      ["hr", "native"],
      ["en", "C1"],
      ["de", "B1"],
    ]);
    expect(card.skills.map((k) => k.name)).toEqual(["Adobe Photoshop", "Canva"]);
  });

  it("reads 'Italian – elementary' under the skills as a language, and 'CV' over the name as no skill", () => {
    const card = cardOf(
      ["CV", "", "Mira Holt", "mira@example.com", "", "SKILLS", "Python", "Italian – elementary"].join("\n"),
    );
    expect(card.languages.map((l) => [l.language, l.level])).toEqual([["it", "basic"]]);
    expect(card.skills.map((k) => k.name)).toEqual(["Python"]);
  });
});

describe("a UK CV's personal statement", () => {
  it("reads the statement as the summary", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "PERSONAL STATEMENT",
        "Chemistry teacher who runs the school's science club.",
      ].join("\n"),
    );
    expect(card.summary).toBe("Chemistry teacher who runs the school's science club.");
  });
});

describe("certificates listed before their issuer, and a field after 'em' or 'di'", () => {
  it("reads each certificate of 'BLS, ACLS, PALS – American Heart Association' with the issuer", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "CERTIFICATIONS",
        "BLS, ACLS, PALS – American Heart Association",
      ].join("\n"),
    );
    expect(card.certifications.map((c) => [c.name, c.issuer])).toEqual([
      ["BLS", "American Heart Association"],
      ["ACLS", "American Heart Association"],
      ["PALS", "American Heart Association"],
    ]);
  });

  it("reads the field after Portuguese 'em' and Italian 'di' without the word", () => {
    expect(educationRows("Bacharelado em Sistemas de Informação – Universidade Mirabel – 2015")[0]).toEqual([
      "Bacharelado",
      "Sistemas de Informação",
      "Universidade Mirabel",
    ]);
    expect(educationRows("Diploma di Ragioneria, Istituto Tecnico Holt, 2011")[0]).toEqual([
      "Diploma",
      "Ragioneria",
      "Istituto Tecnico Holt",
    ]);
  });
});

describe("a job board's contact line", () => {
  it("keeps a job board's contact line out of the headline and its profile on the card", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "Leeds, West Yorkshire - Email me on Indeed: indeed.com/r/Mira-Holt/0a1b2c3d",
        "",
        "WORK EXPERIENCE",
        "",
        "Accounts Trainee",
        "Zorvy - Leeds, West Yorkshire",
        "June 2016 to Present",
        "",
        "Kept the ledgers.",
      ].join("\n"),
    );
    expect(card.personal_info).toMatchObject({
      name: "Mira Holt",
      headline: null,
      location: { city: "Leeds" },
      links: [{ kind: "other", url: "https://indeed.com/r/Mira-Holt/0a1b2c3d" }],
    });
  });
});

describe("names written other ways", () => {
  const nameOf = (first: string) =>
    cardOf(
      [
        first,
        "mira@example.com | +44 7700 900123",
        "",
        "EXPERIENCE",
        "Software Engineer",
        "Zorvy Ltd - Leeds",
        "June 2016 to Present",
      ].join("\n"),
    ).personal_info.name;

  it("reads a given name that is also a city's ('Sofia', 'Florence') before a surname as a name", () => {
    expect(nameOf("Sofia Lindqvarn")).toBe("Sofia Lindqvarn");
    expect(nameOf("Florence Tarvo")).toBe("Florence Tarvo");
    expect(nameOf("Aarhus Denmark")).toBeNull();
  });

  it("reads a name written surname first, as written", () => {
    expect(nameOf("Holt, Mira")).toBe("Holt, Mira");
    expect(nameOf("QUELLIN, Tarvo J.")).toBe("QUELLIN, Tarvo J.");
    // A town before the comma is no surname; a degree after a name is no given name.
    expect(nameOf("Leeds, Mira")).toBeNull();
    expect(nameOf("Mira Holt, MBA")).toBe("Mira Holt");
  });

  it("reads the name after the document's own name and a dash or a colon", () => {
    expect(nameOf("Curriculum Vitae - Mira Holt")).toBe("Mira Holt");
    expect(nameOf("CV: Mira Holt")).toBe("Mira Holt");
    expect(nameOf("Lebenslauf – Tarvo Quellin")).toBe("Tarvo Quellin");
  });
});
