import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import { companyScore } from "../../src/parse/roles";
import { entryTestNow, experienceCv, jobRows, textDoc } from "./helpers";

/*
 * Seventh round, made-up text: job-board entry layouts whose words carry no cue (an employer
 * name with no organisation word, a title with no role noun) are read by what the layout says.
 */
describe("entry layouts without cues", () => {
  it("reads labelled header lines by their labels, whatever their words", () => {
    expect(
      jobRows(
        experienceCv(
          "Company: Mindtree",
          "Designation: Quality Assurance",
          "Duration: June 2015 - Present",
          "• Wrote test plans.",
        ),
      ),
    ).toEqual([["Quality Assurance", "Mindtree", "2015-06"]]);
    expect(
      jobRows(
        experienceCv("Organization : Quellin", "Role : Process Expert", "Period : June 2015 to Present"),
      ),
    ).toEqual([["Process Expert", "Quellin", "2015-06"]]);
  });

  it("reads a dated header written as a sentence as the sentence says", () => {
    expect(
      jobRows(experienceCv("• Worked at Quellin as Process Associate from June 2015 to May 2017.", "")),
    ).toEqual([["Process Associate", "Quellin", "2015-06"]]);
    expect(
      jobRows(experienceCv("• Working as Process Associate at Quellin from June 2015 to till date.", "")),
    ).toEqual([["Process Associate", "Quellin", "2015-06"]]);
    expect(
      jobRows(
        experienceCv(
          "Worked as a Lecturer in the Department of Applied Optics",
          "September 2003 - December 2007",
          "* Taught optics.",
        ),
      ),
    ).toEqual([["Lecturer", "Department of Applied Optics", "2003-09"]]);
  });

  it("leaves a duty that strayed above the dates out of the header", () => {
    const rows = jobRows(
      experienceCv(
        "Orientation Leader, Harwick College, Summers",
        "Acted as mentor, giving academic advice",
        "2014 - 2015",
      ),
    );
    expect(rows[0]?.[0]).not.toBe("mentor");
  });

  it("reads 'expert', 'scholar', 'rep' and 'internship' as role nouns", () => {
    expect(
      jobRows(
        experienceCv(
          "Subject Matter Expert",
          "",
          "Quellin -",
          "",
          "June 2015 to Present",
          "",
          "• Took calls.",
        ),
      ),
    ).toEqual([["Subject Matter Expert", "Quellin", "2015-06"]]);
    expect(
      jobRows(experienceCv("Quellin", "Software Engineering Internship", "May 2007 - August 2007")),
    ).toEqual([["Software Engineering Internship", "Quellin", "2007-05"]]);
  });

  it("reads an organisation word before a role noun as the job's field, not an employer", () => {
    expect(companyScore("Software Engineer")).toBe(0);
    expect(companyScore("Bank Teller")).toBe(0);
    expect(companyScore("Writing Tutor, Harwick University")).toBe(2);
    expect(companyScore("Harwick Software")).toBe(2);
  });

  it("reads a trade's plural at the end of a name as an employer ('Tarvo Motors', 'Zentra Foods')", () => {
    expect(companyScore("Tarvo Motors")).toBe(2);
    expect(companyScore("Zentra Foods")).toBe(2);
    expect(companyScore("Airlines Sales Executive")).toBe(0);
    expect(jobRows(experienceCv("2016 - Present: Junior Paint Technician, Body Shop, Tarvo Motors"))).toEqual(
      [["Junior Paint Technician", "Body Shop, Tarvo Motors", "2016"]],
    );
    expect(jobRows(experienceCv("Stock Assistant, Zentra Foods, Leeds", "2009 - 2012"))).toEqual([
      ["Stock Assistant", "Zentra Foods", "2009"],
    ]);
  });

  it("reads a comma part that only says how the job was held as none of the header's fields", () => {
    expect(jobRows(experienceCv("Barista, Part-time, Zentra Coffee, Leeds", "2013 - Present"))).toEqual([
      ["Barista", "Zentra Coffee", "2013"],
    ]);
    expect(jobRows(experienceCv("Sales Assistant, Full-time, Tarvo Foods", "2011 - 2012"))).toEqual([
      ["Sales Assistant", "Tarvo Foods", "2011"],
    ]);
    // A title that names the way of working stays the title.
    expect(jobRows(experienceCv("Freelance Developer, Quellin Labs", "2011 - 2012"))[0]?.[0]).toBe(
      "Freelance Developer",
    );
  });

  it("gives the title the field of work that leads an organisation's name on its line", () => {
    expect(
      jobRows(experienceCv("Floor Manager, Customer Service, Zentra Bank, Leeds", "2016 - Present")),
    ).toEqual([["Floor Manager, Customer Service", "Zentra Bank", "2016"]]);
  });

  it("reads 'Employer -' (a dash with nothing after) as an employer whose title was left empty", () => {
    const text = experienceCv(
      "Quellin -",
      "",
      "February 2011 to October 2013",
      "",
      "• Ran the night shift.",
      "",
      "Process Associate",
      "",
      "Hollisoft -",
      "",
      "March 2009 to January 2011",
      "",
      "• Answered calls.",
    );
    expect(jobRows(text)).toEqual([
      [null, "Quellin", "2011-02"],
      ["Process Associate", "Hollisoft", "2009-03"],
    ]);
  });

  it("ends a job board's header at its title: the undated entry above keeps its employer", () => {
    const text = experienceCv(
      "Technical Architect",
      "",
      "Quellin Services -  Pune, Maharashtra",
      "",
      "Software Engineer 2",
      "",
      "Hollisoft -  Redmond -",
      "",
      "June 2016 to February 2017",
      "",
      "• Built the store.",
    );
    expect(jobRows(text)).toEqual([
      ["Technical Architect", "Quellin Services", null],
      ["Software Engineer 2", "Hollisoft", "2016-06"],
    ]);
  });

  it("reads 'Associate - Projects' (a job and its department) as a title, not a Projects heading", () => {
    const text = experienceCv(
      "Associate - Projects",
      "",
      "Quellin -",
      "",
      "June 2015 to Present",
      "",
      "• Ran projects.",
    );
    // The department stays in the title, as written (before the field-after-title rule, "Associate").
    expect(jobRows(text)).toEqual([["Associate - Projects", "Quellin", "2015-06"]]);
  });

  it("reads a job whose field is a section word ('Director of Education') as a title, and keeps every job after it", () => {
    for (const title of [
      "Director of Education",
      "Engineer in Training",
      "Head of Training",
      "Manager of Projects",
    ]) {
      const text = experienceCv(
        title,
        "June 2015 - May 2017",
        "Ran the team.",
        "",
        "Analyst",
        "Jan 2012 - May 2015",
      );
      expect(jobRows(text)).toEqual([
        [title, null, "2015-06"],
        ["Analyst", null, "2012-01"],
      ]);
    }
  });
});

describe("a header line listing several titles before the employer", () => {
  it("reads the listed titles as the job's title and the name after them as its employer", () => {
    expect(
      jobRows(
        experienceCv(
          "Data Engineer / Team Lead, Architect, Mentor, Quellin India, Pune, Maharashtra",
          "February 2015 to Present",
          "• Ran the programme.",
        ),
      ),
    ).toEqual([["Data Engineer / Team Lead, Architect, Mentor", "Quellin India", "2015-02"]]);
  });
});

describe("a title written with its field after a comma or a dash", () => {
  it("keeps the field in the title, not as a place or an employer", () => {
    const cv = experienceCv(
      "Manager, Customer Success",
      "Zentra Retail",
      "2019 – present",
      "",
      "Manager – Sales & Marketing",
      "Tarvo Foods Pvt Ltd",
      "2015 – 2018",
    );
    expect(jobRows(cv)).toEqual([
      ["Manager, Customer Success", "Zentra Retail", "2019"],
      ["Manager – Sales & Marketing", "Tarvo Foods Pvt Ltd", "2015"],
    ]);
    const [first] = parseResume(textDoc(cv), { now: entryTestNow }).work_experience;
    expect(first?.location).toBeNull();
  });

  it("still reads a town, an employer or a work mode after the title as what it is", () => {
    expect(jobRows(experienceCv("Data Analyst, Quellin Labs, Pune", "2017 – 2019"))).toEqual([
      ["Data Analyst", "Quellin Labs", "2017"],
    ]);
    expect(jobRows(experienceCv("Data Analyst – Part-time", "Quellin Labs", "2017 – 2019"))).toEqual([
      ["Data Analyst", "Quellin Labs", "2017"],
    ]);
  });
});

describe("an employer with its own dates over its roles", () => {
  it("gives each role inside the employer's dates that employer, and no job to the employer line alone", () => {
    expect(
      jobRows(
        experienceCv("Quellin Labs (2014 – 2020)", "Senior Analyst (2017 – 2020)", "Analyst (2014 – 2017)"),
      ),
    ).toEqual([
      ["Senior Analyst", "Quellin Labs", "2017"],
      ["Analyst", "Quellin Labs", "2014"],
    ]);
    expect(
      jobRows(
        experienceCv(
          "Quellin Labs, 2014 – Present",
          "Senior Analyst, 2017 – Present",
          "• Led a team.",
          "Analyst, 2014 – 2017",
        ),
      ),
    ).toEqual([
      ["Senior Analyst", "Quellin Labs", "2017"],
      ["Analyst", "Quellin Labs", "2014"],
    ]);
  });

  it("leaves an employer line alone when a role's dates lie outside its own or duties stand under it", () => {
    expect(jobRows(experienceCv("Quellin Labs (2014 – 2016)", "Senior Analyst (2017 – 2020)"))).toEqual([
      [null, "Quellin Labs", "2014"],
      ["Senior Analyst", null, "2017"],
    ]);
    expect(
      jobRows(
        experienceCv("Quellin Labs (2014 – 2020)", "• Worked on data.", "Senior Analyst (2017 – 2020)"),
      ),
    ).toEqual([
      [null, "Quellin Labs", "2014"],
      ["Senior Analyst", null, "2017"],
    ]);
  });

  it("reads a bare name as an employer when the CV's other entries of its shape agree", () => {
    const cv = experienceCv(
      "Tarvo Advertising Agency August 2016 - December 2019",
      "• Planned campaigns.",
      "Zentra May 2014 - July 2016",
      "• Wrote copy.",
      "Quellin Software March 2012 - April 2014",
      "• Built the web shop.",
    );
    expect(jobRows(cv)).toEqual([
      [null, "Tarvo Advertising Agency", "2016-08"],
      [null, "Zentra", "2014-05"],
      [null, "Quellin Software", "2012-03"],
    ]);
    // One entry with a cue is no agreement: the bare name keeps its own reading.
    expect(jobRows(experienceCv("Tarvo Advertising Agency 2016 - 2019", "Zentra 2014 - 2016"))[1]).toEqual([
      "Zentra",
      null,
      "2014",
    ]);
    // A list of names is no employer, whatever the others say.
    expect(
      jobRows(
        experienceCv(
          "Tarvo Advertising Agency 2016 - 2019",
          "Quellin Software 2014 - 2016",
          "Holt, M., Tarvo, J. 2012 - 2013",
        ),
      )[2]?.[1],
    ).toBeNull();
  });
});

describe("headings read as titles", () => {
  it("gives no job a section's heading as its title ('Achievements'), but keeps 'Internship'", () => {
    const titles = (...lines: string[]) => jobRows(experienceCv(...lines)).map((row) => row[0]);
    expect(titles("Achievements", "Zentra Chess Club: 2015, 2016")).not.toContain("Achievements");
    expect(titles("Internship, Quellin Labs, June 2015 - August 2015")).toContain("Internship");
  });
});
