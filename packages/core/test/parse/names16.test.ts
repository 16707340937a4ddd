import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { textDoc } from "./helpers";

/* Sixteenth round, made-up CVs: lines at a CV's top that are no one's name. */
const nameOf = (...top: string[]) =>
  parseResume(
    textDoc(
      [
        ...top,
        "",
        "EXPERIENCE",
        "Developer, Quellin Ltd",
        "2019 - 2023",
        "",
        "EDUCATION",
        "BSc Physics",
      ].join("\n"),
    ),
    { now: new Date("2024-06-01") },
  ).personal_info.name;

describe("parseResume — an address line is no name", () => {
  it("reads no name in a town before its region and postcode, though the town is a given name", () => {
    expect(nameOf("Clayton Heath, QX 40217", "(555) 010-2030", "mail@example.com")).toBeNull();
    expect(nameOf("14 Tarvo Lane", "Warren Vale QX 4021", "mail@example.com")).toBeNull();
  });

  it("passes over a building's room and reads the name under it", () => {
    expect(nameOf("Teacher Resume", "Alma Hall Room 220", "Tarvo Quellin", "mail@example.com")).toBe(
      "Tarvo Quellin",
    );
  });

  it("still reads a name that runs into its street", () => {
    expect(nameOf("Mira Holt 12 Tarvo Lane", "mail@example.com")).toBe("Mira Holt");
  });

  it("reads no name in a street or a campus written alone", () => {
    expect(nameOf("Quellin Rd.", "Harwick, QX 40217", "mail@example.com")).toBeNull();
    expect(nameOf("Tarvo Park Campus", "mail@example.com")).toBeNull();
  });
});

describe("parseResume — a degree over the name", () => {
  it("reads the name under a degree and its subject, not the degree", () => {
    expect(nameOf("Resume", "BA Primary Education, Recent Graduate", "Mira Holt", "mail@example.com")).toBe(
      "Mira Holt",
    );
    expect(nameOf("BA Music Education", "Tarvo Quellin", "mail@example.com")).toBe("Tarvo Quellin");
  });

  it("still reads initials that spell a degree before a name", () => {
    expect(nameOf("MS Quellin", "mail@example.com")).toBe("MS Quellin");
    expect(nameOf("BA Mira Holt", "mail@example.com")).toBe("BA Mira Holt");
  });
});

describe("parseResume — a template's name slot", () => {
  it("reads no name when the slot is left unfilled, whatever name-like lines follow", () => {
    expect(nameOf("NAME", "Phone Number", "mail@example.com", "", "KEY STRENGTHS")).toBeNull();
    expect(nameOf("Your Name", "Harwick Road Works", "mail@example.com")).toBeNull();
    expect(nameOf("MR", "N A M E", "Quellin Tarvo", "mail@example.com")).toBeNull();
  });

  it("reads the name under a name label standing alone, as a form writes it", () => {
    expect(nameOf("Name", "Mira Holt", "mail@example.com")).toBe("Mira Holt");
  });
});

describe("parseResume — quotation marks before the name", () => {
  it("reads the name of a CV pasted in quotation marks", () => {
    expect(nameOf('"Mira Holt     12 Tarvo Lane  Leeds', "mail@example.com")).toBe("Mira Holt");
    expect(nameOf("“Tarvo Quellin", "mail@example.com")).toBe("Tarvo Quellin");
  });
});

describe("parseResume — a name below the CV's header", () => {
  const top = ["Curriculum Vitae", "mail@example.com", "(555) 010-2030", "", "SUMMARY"];
  const summary = "Twelve years of running the stock room of a small shop.";

  it("reads no name in a heading or a skill further down when the header names no one", () => {
    expect(nameOf(...top, summary, "", "Business Acumen", "Stock control and ordering.")).toBeNull();
    expect(nameOf(...top, summary, "", "AREA OF INTEREST", "Retail and logistics.")).toBeNull();
  });

  it("reads a name further down that opens with a known given name", () => {
    expect(nameOf(...top, summary, "", "Mira Holt", "Stock control and ordering.")).toBe("Mira Holt");
  });
});

describe("parseResume — a surname that is a title, after a given name the data lacks", () => {
  it("reads the CV's opening line whose only title is its last word as the name", () => {
    expect(nameOf("Tarvo Miller", "mail@example.com")).toBe("Tarvo Miller");
    expect(nameOf("Teacher Resume", "Quellin Tarvo Borer", "mail@example.com")).toBe("Quellin Tarvo Borer");
  });

  it("reads no name in a title written as one, nor in such a line further down", () => {
    expect(nameOf("Senior Miller", "mail@example.com")).toBeNull();
    expect(nameOf("Teacher Resume", "mail@example.com", "(555) 010-2030", "Tarvo Miller")).toBeNull();
  });
});

describe("parseResume — an initial joined to the name by its full stop", () => {
  it("reads 'Quellin.T' as a name, and a skill written so as none", () => {
    expect(nameOf("Quellin.T", "mail@example.com")).toBe("Quellin.T");
    expect(nameOf("Tarvo.K.", "mail@example.com")).toBe("Tarvo.K.");
    expect(nameOf("Node.JS", "mail@example.com")).toBeNull();
  });
});
