import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { textDoc } from "./helpers";

/*
 * Entry layouts of real CVs, in made-up text of the same shape: the title under the dates, an
 * entry without dates, "Title, Company" on a line of its own above the place, sub-headings inside
 * an entry.
 */
const now = new Date("2024-06-01");
const jobs = (text: string) =>
  parseResume(textDoc(text), { now }).work_experience.map((j) => [j.title, j.company, j.start]);

describe("entry headers read by what their lines say", () => {
  it("takes the title from under the dates when the lines above name only the employer and place", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "EXPERIENCE",
      "Fabrikam Systems",
      "Annapolis, MD",
      "Jan 2019 - Present",
      "Network Administrator",
      "Kept forty servers patched.",
      "Northwind Traders, Leeds | Mar 2015 - Dec 2018",
      "Support Technician",
      "Answered the help desk.",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Network Administrator", "Fabrikam Systems", "2019-01"],
      ["Support Technician", "Northwind Traders", "2015-03"],
    ]);
  });

  it("reads an undated 'Title, Employer, Place' line as an entry of its own", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "OTHER EMPLOYMENT",
      "Cashier, Contoso Bank of Springfield, Austin, TX",
      "Handled the tills.",
      "Receptionist, Fabrikam Hospital, Dallas, TX",
      "Booked appointments.",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Cashier", "Contoso Bank of Springfield", null],
      ["Receptionist", "Fabrikam Hospital", null],
    ]);
  });

  it("reads a job-board 'Title' / 'Employer - City -' pair with no dates as an undated entry", () => {
    const text = [
      "Mira Holt",
      "",
      "WORK EXPERIENCE",
      "",
      "Data Entry Operator",
      "",
      "Contoso -  Patna, Bihar",
      "",
      "EDUCATION",
      "",
      "BSc in Mathematics",
    ].join("\n");
    expect(jobs(text)).toEqual([["Data Entry Operator", "Contoso", null]]);
  });

  it("reads the pair when the employer is typed in lower case and the title holds a company word", () => {
    const text = [
      "Mira Holt",
      "",
      "WORK EXPERIENCE",
      "",
      "Associate Software Engineer",
      "",
      "fabrikam",
      "",
      "• Kept the nightly builds green.",
      "",
      "Technology Consultant",
      "",
      "Northwind Systems",
      "",
      "• Ran the migration workshops.",
      "",
      "EDUCATION",
      "",
      "BSc in Mathematics",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Associate Software Engineer", "fabrikam", null],
      ["Technology Consultant", "Northwind Systems", null],
    ]);
  });

  it("reads an entry dated with a template's placeholder years (start and end unknown)", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "EXPERIENCE:",
      "Food Service Worker",
      "Contoso Diner",
      "September 20XX-Present",
      "Served customers and kept the till.",
      "Groundskeeper",
      "Fabrikam Parks",
      "Summer 20XX-20XX",
      "Cut the grass.",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Food Service Worker", "Contoso Diner", null],
      ["Groundskeeper", "Fabrikam Parks", null],
    ]);
  });

  it("splits 'Title, Employer' on a header line that has the place on the next line", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "EXPERIENCE",
      "Events Intern, The Northwind Company",
      "New York, NY",
      "June 2016 - present",
      "Escorted talent on red carpets.",
    ].join("\n");
    expect(jobs(text)).toEqual([["Events Intern", "The Northwind Company", "2016-06"]]);
  });

  it("keeps 'Responsibilities & Achievements' inside the entry, so the next entry is still experience", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "Work Experience",
      "Mar 2014 - current",
      "Promotions Assistant, Contoso Promotions, Leeds",
      "Responsibilities & Achievements",
      "Ran product tastings.",
      "Dec 2013 - Feb 2014",
      "Marketing Assistant, Fabrikam Charity, York",
      "Responsibilities & Achievements",
      "Wrote the blog.",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Promotions Assistant", "Contoso Promotions", "2014-03"],
      ["Marketing Assistant", "Fabrikam Charity", "2013-12"],
    ]);
  });
});
