import { describe, expect, it } from "vitest";
import { entryLabel } from "../../src/parse/entry-labels";
import { type Line, toLines } from "../../src/parse/text";
import { experienceCv, jobRows, textDoc } from "./helpers";

/*
 * Entry fields real CVs write in made-up text of the same shape: labelled fields inside an entry,
 * the job's length under its dates, and the title under the employer's place.
 */
const jobs = jobRows;
const cv = experienceCv;

describe("entry fields", () => {
  it("reads 'Position:' and 'Company:' lines as the title and employer the header left open", () => {
    const text = cv(
      "March 2016 - May 2019",
      "Company: Fabrikam Systems",
      "Position: Release Planner",
      "* Ran releases.",
    );
    expect(jobs(text)).toEqual([["Release Planner", "Fabrikam Systems", "2016-03"]]);
  });

  it("reads further 'Role:' lines of one job as roles held there, once each", () => {
    const text = cv(
      "Release Planner",
      "Fabrikam Systems -",
      "August 2010 to Present",
      "Project: Ledger move",
      "Role: Cutover Manager",
      "* Planned the cutover.",
      "Project: Billing",
      "Role: Cutover Manager",
      "Project: Audit",
      "Role: Data Lead",
    );
    expect(jobs(text)).toEqual([
      ["Release Planner", "Fabrikam Systems", "2010-08"],
      ["Cutover Manager", "Fabrikam Systems", null],
      ["Data Lead", "Fabrikam Systems", null],
    ]);
  });

  it("reads a Title Case title line inside a job's duties as a role held there, and no duty line", () => {
    const text = cv(
      "Fabrikam Systems Ltd, Leeds",
      "1994 - Present",
      "Senior IT Manager/Director",
      "Ran the technology department.",
      "Updating daily reports to the manager",
      "Oracle Suite Specialist",
      "Managed the clients' suites.",
    );
    expect(jobs(text)).toEqual([
      ["Senior IT Manager/Director", "Fabrikam Systems Ltd", "1994"],
      ["Oracle Suite Specialist", "Fabrikam Systems Ltd", null],
    ]);
  });

  it("skips the job's length under its dates to find the employer", () => {
    const text = cv(
      "Senior Game Programmer",
      "February 2013 to April 2014",
      "1 Year 3 Months",
      "Northwind Games Pvt. Ltd., Indore",
      "o Wrote the gameplay.",
      "Game Programmer",
      "November 2011 to July 2012",
      "9 Months",
      "Contoso Studios Ltd",
      "o Ported games.",
    );
    expect(jobs(text)).toEqual([
      ["Senior Game Programmer", "Northwind Games Pvt. Ltd.", "2013-02"],
      ["Game Programmer", "Contoso Studios Ltd", "2011-11"],
    ]);
  });

  it("takes the title from under the place when dates, employer and place come first", () => {
    const text = cv(
      "08 / 2008 - 09 / 2009",
      "Northwind University",
      "Pittsburgh, PA",
      "Research Programmer",
      "Built the prioritiser.",
      "08 / 2006 - 07 / 2008",
      "Fabrikam Systems Inc.",
      "Austin, TX",
      "Software Engineer",
      "Kept the servers up.",
    );
    expect(jobs(text)).toEqual([
      ["Research Programmer", "Northwind University", "2008-08"],
      ["Software Engineer", "Fabrikam Systems Inc.", "2006-08"],
    ]);
  });
});

describe("undated entries", () => {
  it("reads 'Employer, City, ST' over a title with no dates as an entry", () => {
    const text = cv(
      "Contoso Academy, Leeds, UK",
      "Admissions Advisor",
      "July 2013 - Present",
      "Ran the information sessions.",
      "Teach First Trust, Miami, FL",
      "English Teacher",
      "Designed lesson plans for forty pupils",
    );
    expect(jobs(text)).toEqual([
      ["Admissions Advisor", "Contoso Academy", "2013-07"],
      ["English Teacher", "Teach First Trust", null],
    ]);
  });
});

describe("titles with colons", () => {
  it("reads 'Title:' under the dates as the title and 'Title: Employer' as both", () => {
    const text = cv(
      "Fabrikam Systems",
      "Denver, Colorado",
      "2003-2010",
      "Project Manager:",
      "Ran the CRM roll-out for three insurers.",
      "Teacher Assistant: Northwind Primary School",
      "1999-2003",
      "Helped in the classroom.",
    );
    expect(jobs(text)).toEqual([
      ["Project Manager", "Fabrikam Systems", "2003"],
      ["Teacher Assistant", "Northwind Primary School", "1999"],
    ]);
  });
});

describe("roles and labels", () => {
  it("reads undated 'Staff Member, Employer' and 'Park Ranger, Employer, City' lines as entries", () => {
    const text = cv(
      "Newspaper Staff Member, Northwind High School",
      "Wrote the sports page.",
      "Park Ranger, Fabrikam County Parks, Leeds",
      "Walked the trails.",
    );
    expect(jobs(text)).toEqual([
      ["Newspaper Staff Member", "Northwind High School", null],
      ["Park Ranger", "Fabrikam County Parks", null],
    ]);
  });

  it("reads 'Position: …' and 'Position | …' as labelled titles, and no sentence", () => {
    const line = (text: string) => entryLabel(toLines(textDoc(text))[0] as Line);
    expect(line("Position | Summer Associate")?.value).toBe("Summer Associate");
    expect(line("(Designation: Graduate Research Assistant)")?.value).toBe("Graduate Research Assistant");
    expect(line("Company: Contoso Ltd")).toMatchObject({ field: "employer", value: "Contoso Ltd" });
    expect(
      line("Role: responsible for handling all the incoming customer calls of the northern region"),
    ).toBeNull();
  });

  it("keeps the title a label runs into its duties when the text lost its gaps", () => {
    const line = (text: string) => entryLabel(toLines(textDoc(text))[0] as Line);
    expect(
      line("Position: Junior pastry chef Preparation of cakes and tarts for the Zentra hotel kitchen")?.value,
    ).toBe("Junior pastry chef");
    expect(
      line("Position: Shift supervisor/Trainer Rotation of the weekend crews across the three Tarvo depots")
        ?.value,
    ).toBe("Shift supervisor/Trainer");
    // A sentence before the role noun is no title.
    expect(line("Role: Worked for the developers Quellin Labs hired in the summer of 2019")).toBeNull();
    // An employer's label is not cut: so long a value is a sentence.
    expect(
      line("Company: Quellin Labs Developed the web shop and ran the support desk for Zentra"),
    ).toBeNull();
  });
});

describe("section headings", () => {
  it("reads a lower-case line that is a heading word for word ('work experience') as one", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "goal",
      "Learn the trade.",
      "work experience",
      "Summer Intern, Fabrikam Systems Inc, Chicago",
      "2010 - 2011",
    ].join("\n");
    expect(jobs(text)).toEqual([["Summer Intern", "Fabrikam Systems Inc", "2010"]]);
  });

  it("reads a job title that starts with a section word ('Education Consultant') as a title, not a heading", () => {
    const text = cv(
      "Education Consultant",
      "Northwind School District, Leeds",
      "2014 - 2016",
      "Planned the curriculum.",
      "Project Manager",
      "Fabrikam Systems Ltd, York",
      "2010 - 2014",
    );
    expect(jobs(text)).toEqual([
      ["Education Consultant", "Northwind School District", "2014"],
      ["Project Manager", "Fabrikam Systems Ltd", "2010"],
    ]);
  });
});

describe("jobs under a missed heading", () => {
  it("reads dated entries in a skills section (an unknown heading hid the jobs) as experience", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "SKILLS",
      "Budgeting, Forecasting, Treasury",
      "ACCOMPLISHMENTS",
      "Led finance teams through two mergers and a listing.",
      "Chief Financial Officer, Fabrikam Systems Ltd",
      "2015 to 2019",
      "Ran finance for the group.",
      "Finance Manager, Northwind Traders Inc",
      "2010 to 2015",
      "",
      "EDUCATION",
      "BSc Economics",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Chief Financial Officer", "Fabrikam Systems Ltd", "2015"],
      ["Finance Manager", "Northwind Traders Inc", "2010"],
    ]);
  });
});

describe("dates in an entry's header", () => {
  it("reads a line of single dates ('June 2011, June 2012') as no title", () => {
    const text = cv(
      "Summer Term, Quellin County Schools, MD",
      "",
      "June 2011, June 2012",
      "",
      "Support Teacher (Summer Programme)",
      "* Taught the reading group.",
    );
    const [job] = jobs(text);
    expect(job?.[2]).toBe("2012-06");
    expect(`${job?.[0]} ${job?.[1]}`).not.toMatch(/June/u);
  });

  it("reads what a template left in an entry's header ('Job Title', 'Company Name, City, ST') as no title and no employer", () => {
    expect(
      jobs(cv("Job Title", "Company Name, City, ST", "2015 - 2017", "* Describe what you did.")),
    ).toEqual([[null, null, "2015"]]);
    expect(jobs(cv("Web Developer", "Location", "2015 - 2017", "* Built the shop."))).toEqual([
      ["Web Developer", null, "2015"],
    ]);
  });
});

describe("template dates", () => {
  it("joins a placeholder range written over two lines ('March 20XX' / 'May 20XX') into one entry's dates", () => {
    const text = cv(
      "Northwind Elementary School, Baltimore, MD",
      "March 20XX",
      "May 20XX",
      "Student Teacher",
      "Planned the lessons.",
      "Contoso Middle School, Baltimore, MD",
      "October 20XX",
      "December 20XX",
      "Student Teacher",
      "Taught the games.",
    );
    expect(jobs(text)).toEqual([
      ["Student Teacher", "Northwind Elementary School", null],
      ["Student Teacher", "Contoso Middle School", null],
    ]);
  });
});
