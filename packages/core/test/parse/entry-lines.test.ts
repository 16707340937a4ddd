import { describe, expect, it } from "vitest";
import { segmentFlattened } from "../../src/parse/flattened";
import { parseResume } from "../../src/parse/resume";
import { entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

/* Fifth round: entry lines real CVs write, in made-up text of the same shape. */
const jobs = jobRows;
const cv = experienceCv;

describe("entry lines", () => {
  it("reads an undated 'Title, Name' line when the title is capitalised and ends in a role noun", () => {
    const text = cv("1st Year Analyst, Hollis Brothers", "* Built pricing models.");
    expect(jobs(text)).toEqual([["1st Year Analyst", "Hollis Brothers", null]]);
  });

  it("crosses a blank line between header lines standing in paragraphs under the dates", () => {
    const text = cv(
      "July 2016 - Aug 2016",
      "",
      "Legal Placement Student",
      "",
      "Hollis Council, Aberdeen",
      "",
      "Drafted title reports for the planning team.",
    );
    expect(jobs(text)).toEqual([["Legal Placement Student", "Hollis Council", "2016-07"]]);
  });

  it("reads a title line no entry holds as a job (of the entry it sits in)", () => {
    expect(jobs(cv("Camp Counselor", "May [year] - August [year]"))).toEqual([
      ["Camp Counselor", null, null],
    ]);
    const text = cv(
      "Fabrikam Systems, Leeds | 2015 - 2019",
      "Release Planner",
      "* Ran releases.",
      "Release Manager",
    );
    expect(jobs(text)).toEqual([
      ["Release Planner", "Fabrikam Systems", "2015"],
      ["Release Manager", "Fabrikam Systems", null],
    ]);
  });

  it("drops escaped zero-width spaces and a trailing comma at a flattened segment's ends", () => {
    const flat =
      `Mira Holt  mira@example.com    Experience  Lead Android Engineer, \\xe2\\x80\\x8b  ` +
      `Hollis Mobile\\xe2\\x80\\x8b  Sep 2014  Present  Built the app used by two million people every month.  `.repeat(
        4,
      );
    const lines = segmentFlattened(textDoc(flat)).lines.map((l) => l.text);
    expect(lines).toContain("Lead Android Engineer");
    expect(lines).toContain("Hollis Mobile");
  });

  it("cuts a heading glued to its section's first words off a flattened segment", () => {
    const flat = [
      "Mira Holt  mira@example.com    Education  Hollis University  Bachelor of Science in Physics  2005  2009",
      "Work Experience Fabrikam Research Lab  Research Programmer  Leeds  2010  Present",
      "Built the data pipeline used by four research groups across two campuses and three countries.",
      "Kept the cluster running through two hardware moves without losing a single night of results.",
      "Work Experience Coordinator  Contoso College  2009  2010  Ran placements for students.",
    ].join("    ");
    const lines = segmentFlattened(textDoc(flat)).lines.map((l) => l.text);
    expect(lines).toContain("Work Experience");
    expect(lines).toContain("Fabrikam Research Lab");
    expect(lines).toContain("Work Experience Coordinator");
    expect(jobs(flat)[0]).toEqual(["Research Programmer", "Fabrikam Research Lab", "2010"]);
  });

  it("cuts a heading glued to its first entry's dates off a flattened segment", () => {
    const flat = [
      "Mira Holt  Data work done carefully    Work Experience 2019 - present    Data Lead, Fabrikam Research Lab, Leeds.",
      "Built the data pipeline used by four research groups across two campuses and three countries.",
      "Kept the cluster running through two hardware moves without losing a single night of results.",
    ].join("  ");
    const lines = segmentFlattened(textDoc(flat)).lines.map((l) => l.text);
    expect(lines).toContain("Work Experience");
    expect(lines).toContain("2019 - present");
    expect(jobs(flat)[0]?.[0]).toBe("Data Lead");
  });

  it("cuts a one-word heading off a segment that holds its first entry's dates, and no other", () => {
    const flat = [
      "Mira Holt  mira@example.com  Proficient in SQL and Python.",
      "Experience Route Planner, 2016 - 2018",
      "Tarvo Development, Inc., Leeds",
      "Planned the delivery routes of forty vans across the north and cut the fuel bill by a tenth.",
      "Experience Design Studio",
      "Ran the studio's user research for two years and wrote its playbook for new designers.",
    ].join("    ");
    const lines = segmentFlattened(textDoc(flat)).lines.map((l) => l.text);
    expect(lines).toContain("Experience");
    expect(lines).toContain("Route Planner, 2016 - 2018");
    // Undated, "Experience Design Studio" may be a name: it stays whole.
    expect(lines).toContain("Experience Design Studio");
    expect(jobs(flat)[0]).toEqual(["Route Planner", "Tarvo Development, Inc.", "2016"]);
  });

  it("opens a section at a numbered heading ('6. Employment History') but not at a numbered duty", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "5. Education",
      "Hollis University, BSc Physics, 2009",
      "6. Employment History",
      "Since: September 1st 2014 Until: Currently",
      "Company: Fabrikam Systems S.A.",
      "Position held: Release Manager",
      "1. Planned releases.",
    ].join("\n");
    expect(jobs(text)).toEqual([["Release Manager", "Fabrikam Systems S.A", "2014-09"]]);
  });

  it("takes the employer line standing right above a header that names a job and no employer", () => {
    const text = cv(
      "Support Assistant | 2013 - 2015",
      "* Answered tickets.",
      "Hollis Cable, Ames, IA",
      "Field Technician | 2011 - 2013",
      "* Installed lines.",
    );
    expect(jobs(text)).toEqual([
      ["Support Assistant", null, "2013"],
      ["Field Technician", "Hollis Cable", "2011"],
    ]);
  });

  it("dates an entry by a template's lone placeholder date ('Spring [year]')", () => {
    const text = cv(
      "Student Teacher",
      "Spring [year]",
      "Hollis Public Schools, Wayne, NE",
      "* Taught units on health.",
      "Camp Counselor",
      "May [year]-August [year]",
      "Hollis Day Camp, Columbus, NE",
    );
    expect(jobs(text)).toEqual([
      ["Student Teacher", "Hollis Public Schools", null],
      ["Camp Counselor", "Hollis Day Camp", null],
    ]);
  });

  it("reads a job's length in weeks under its dates ('9 weeks'), so the title under it is found", () => {
    const text = cv(
      "Hollis Air",
      "September to November 2007",
      "9 weeks",
      "Analyst Programmer",
      "* Wrote parsers.",
    );
    expect(jobs(text)).toEqual([["Analyst Programmer", "Hollis Air", "2007-09"]]);
  });

  it("takes an employer line at the top of the body when the header named none", () => {
    const text = cv(
      "July 2016 - Aug 2016",
      "Summer Placement",
      "Pinsent Hall, Aberdeen",
      "Drafted letters for the energy team.",
      "Jun 2014 - Aug 2014",
      "Voluntary Work Placement",
      "* Researched asylum law for the case team.",
    );
    expect(jobs(text)).toEqual([
      ["Summer Placement", "Pinsent Hall", "2016-07"],
      ["Voluntary Work Placement", null, "2014-06"],
    ]);
  });

  it("gives a title line the employer line just above it rather than the entry's", () => {
    const text = cv(
      "Fabrikam Systems, Leeds | 2015 - 2019",
      "Release Planner",
      "* Ran releases.",
      "Hollis Day Camp, Columbus, NE",
      "Summers",
      "Camp Counselor",
    );
    expect(jobs(text)).toEqual([
      ["Release Planner", "Fabrikam Systems", "2015"],
      ["Camp Counselor", "Hollis Day Camp", null],
    ]);
  });

  it("dates an entry by a placeholder date closing its header line ('…, Ames, IA, Spring 20XX')", () => {
    const text = cv(
      "Hollis High School, Ames, IA, Spring 20XX",
      "Student Teacher",
      "* Taught units on health.",
      "Day Care Teacher, The Tarvo Nursery, Ames, IA, April - August 20XX",
      "* Cared for children.",
    );
    expect(jobs(text)).toEqual([
      ["Student Teacher", "Hollis High School", null],
      ["Day Care Teacher", "The Tarvo Nursery", null],
    ]);
  });

  it("reads 'Vice President of Sales' and 'Sr. Game Programmer' as title lines, not an award", () => {
    const text = cv(
      "Hollis Corporation, Leeds | 2015 - 2019",
      "Vice President of International Sales",
      "* Opened four markets.",
      "Sr. Game Programmer",
      "* Shipped two games.",
      "Volunteer of the Month Award",
    );
    expect(jobs(text)).toEqual([
      ["Vice President of International Sales", "Hollis Corporation", "2015"],
      ["Sr. Game Programmer", "Hollis Corporation", null],
    ]);
  });

  it("starts an undated job at a 'Company:' label with a title line under it, not under dates", () => {
    const text = cv(
      "March 2016 - Present",
      "Company: Fabrikam Systems",
      "Position: Release Manager",
      "* Ran releases.",
      "Company: Hollis Services",
      "Client: Contoso Bank",
      "SAP SRM Consultant",
      "* Handled tickets.",
    );
    expect(jobs(text)).toEqual([
      ["Release Manager", "Fabrikam Systems", "2016-03"],
      ["SAP SRM Consultant", "Hollis Services", null],
    ]);
  });

  it("keeps a lettered sub-heading right under a heading inside that section ('A. Higher Education')", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "Employment History",
      "A. Higher Education",
      "2015 - present",
      "Department Head & Associate Professor, Hollis State University",
      "",
      "EDUCATION",
      "Hollis University, PhD Counseling, 2001",
    ].join("\n");
    const card = parseResume(textDoc(text), { now: entryTestNow });
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Department Head & Associate Professor", "Hollis State University"],
    ]);
    expect(card.education.map((e) => e.institution)).toEqual(["Hollis University"]);
  });

  it("reads an academic CV's 'Academic career' as experience and its 'Peer-reviewed papers' as neither", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "Academic career",
      "2012 - 2016",
      "Lecturer at the Institute of Computing, Hollis University",
      "Peer-reviewed papers",
      "2015",
      "M. Holt. Typed holes in practice. Journal of Applied Computing, 19(2):125139, 2015",
    ].join("\n");
    expect(jobs(text)).toEqual([["Lecturer", "the Institute of Computing, Hollis University", "2012"]]);
  });

  it("reads a header line under the dates that ends in a full stop ('…, Contoso, Mountain View.')", () => {
    const text = cv(
      "2013 - 2015",
      "",
      "Staff Software Engineer, Contoso, Mountain View.",
      "Improved the search app",
      "* Led the client work.",
    );
    expect(jobs(text)).toEqual([["Staff Software Engineer", "Contoso", "2013"]]);
  });

  it("reads a header a narrow column broke after a comma, over its place and dates, as one line", () => {
    // The first entry's line fitted; the second's broke after "Nordkyst Shipping,".
    const text = cv(
      "Financial Controller | Limfjord Components A/S, Aalborg     April 2019 - Present",
      "• Consolidate 7 subsidiaries under IFRS",
      "Senior Accountant — Nordkyst Shipping,",
      "Frederikshavn     August 2014 - March 2019",
      "• Owned intercompany reconciliations",
    );
    expect(jobs(text)).toEqual([
      ["Financial Controller", "Limfjord Components A/S", "2019-04"],
      ["Senior Accountant", "Nordkyst Shipping", "2014-08"],
    ]);
  });
});
