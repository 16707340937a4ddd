import { describe, expect, it } from "vitest";
import { cardOf, educationRows, experienceCv, jobRows } from "./helpers";

/*
 * Twenty-sixth round, made-up text: personal particulars under the name, an Indian postal address,
 * skills headings CVs write, a declaration at the end, numbered entries of labelled fields, Gulf
 * legal suffixes and school-leaving qualifications.
 */
describe("the lines under the name", () => {
  it("reads no headline from personal particulars (nationality, marital status, age)", () => {
    for (const particulars of [
      "Indian, Married, 29 years",
      "Brasileiro, casado, 31 anos",
      "ledig | 34 Jahre",
    ]) {
      const card = cardOf(["Mira Holt", particulars, "mira@example.com", "", "EXPERIENCE"].join("\n"));
      expect(card.personal_info.headline, particulars).toBeNull();
    }
    const titled = cardOf(["Mira Holt", "Senior Accountant", "mira@example.com"].join("\n"));
    expect(titled.personal_info.headline).toBe("Senior Accountant");
  });

  it("reads the town of an Indian address before its PIN code", () => {
    const card = cardOf(
      ["Mira Holt", "mira@example.com", "Address : 14, Tarvo Nagar, Kothrud, Pune - 411038"].join("\n"),
    );
    expect(card.personal_info.location?.city).toBe("Pune");
    const withState = cardOf(
      ["Mira Holt", "mira@example.com", "Address: 7 Quellin Road, Pune, Maharashtra 411001"].join("\n"),
    );
    expect(withState.personal_info.location).toMatchObject({
      city: "Pune",
      region: "Maharashtra",
      country: "IN",
    });
  });
});

describe("sections", () => {
  it("ends a job at the skills headings CVs write ('Skill Set', 'Technical Proficiencies', 'Summary of Skills')", () => {
    for (const heading of [
      "Skill Set",
      "TECHNICAL PROFICIENCIES",
      "Core Qualifications",
      "Summary of Skills",
    ]) {
      const card = cardOf(
        experienceCv(
          "Project Manager",
          "Tarvex Sp. z o.o., Warsaw",
          "01/2020 – present",
          "- Led a team of eight.",
        ).replace("EDUCATION\nBSc Physics", `${heading}\nJira, Primavera P6`),
      );
      expect(card.work_experience[0]?.bullets, heading).toEqual(["Led a team of eight."]);
      expect(
        card.skills.map((s) => s.name),
        heading,
      ).toContain("Jira");
    }
  });

  it("keeps a job board's jobs after a skills heading written inside a job ('Skill Set')", () => {
    const entries = [
      "Support Engineer",
      "",
      "Quellin Systems -  Pune, Maharashtra -",
      "",
      "June 2019 to Present",
      "",
      "Skill Set",
      "",
      "Linux, Bash, Jira",
      "",
      "Desktop Engineer",
      "",
      "Tarvo Services -  Mumbai, Maharashtra -",
      "",
      "July 2016 to May 2019",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Support Engineer", "Quellin Systems", "2019-06"],
      ["Desktop Engineer", "Tarvo Services", "2016-07"],
    ]);
  });

  it("keeps a declaration out of the last job, and still reads the profile link printed after it", () => {
    const card = cardOf(
      [
        experienceCv(
          "Support Engineer",
          "Quellin Systems - Pune, Maharashtra",
          "June 2019 to Present",
          "- Closed tickets.",
        ),
        "",
        "DECLARATION",
        "I declare that the details given here are correct.",
        "Place: Pune",
        "",
        "https://www.indeed.com/r/Mira-Holt/0a1b2c3d",
      ].join("\n"),
    );
    expect(card.work_experience[0]?.bullets).toEqual(["Closed tickets."]);
    expect(card.personal_info.links.map((l) => l.url)).toEqual([
      "https://www.indeed.com/r/Mira-Holt/0a1b2c3d",
    ]);
  });
});

describe("links", () => {
  it("reads a profile link under any heading but the referees'", () => {
    const card = cardOf(
      [
        experienceCv("Sales Executive", "Tarvo Mobile -", "March 2015 to April 2019"),
        "",
        "REFERENCES",
        "Dana Quill, Zentra Retail, linkedin.com/in/dana-quill-0a1b",
        "",
        "AWARDS",
        "Quellin Star of the Quarter",
        "https://www.indeed.com/r/mira-holt/0a1b2c3d",
      ].join("\n"),
    );
    expect(card.personal_info.links.map((l) => l.url)).toEqual([
      "https://www.indeed.com/r/mira-holt/0a1b2c3d",
    ]);
  });
});

describe("entries of labelled fields", () => {
  it("reads a numbered list of entries, each opening on its first label ('1. Company : …')", () => {
    const entries = [
      "1. Company : Quellin Contracting Company",
      "   Position : MEP Project Manager",
      "   Period : 08/2018 - Current",
      "   - Managed the subcontractors.",
      "",
      "2) Company : Zentra Health Facilities",
      "   Position : Mechanical Engineer",
      "   Period : 01/2013 – 07/2018",
      "   - Designed cooling systems.",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["MEP Project Manager", "Quellin Contracting Company", "2018-08"],
      ["Mechanical Engineer", "Zentra Health Facilities", "2013-01"],
    ]);
  });

  it("reads an entry labelled 'Tenure :' and an employer closing on its suffix's stop ('… Pvt. Ltd.')", () => {
    const entries = [
      "Organisation : Tarvo Retail Ltd., Patna",
      "Designation  : HR Executive",
      "Tenure       : Jan 2018 – Feb 2021",
      "• Sourced candidates.",
      "",
      "Organisation : Quellin BPO Services Pvt. Ltd.",
      "Designation  : HR Trainee",
      "Tenure       : Jun 2017 – Dec 2017",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["HR Executive", "Tarvo Retail Ltd.", "2018-01"],
      ["HR Trainee", "Quellin BPO Services Pvt. Ltd", "2017-06"],
    ]);
  });

  it("reads 'Hospital :' as the employer's label", () => {
    const entries = [
      "Hospital  : Zentra Health, Salalah",
      "Position  : Staff Nurse",
      "Period    : 01 February 2016 – 28 February 2018",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([["Staff Nurse", "Zentra Health", "2016-02"]]);
  });

  it("reads a Gulf legal suffix (W.L.L., FZE) as an organisation's", () => {
    const entries = [
      "Electrical Foreman",
      "Tarvex Electromechanical W.L.L.",
      "2014 – 2018",
      "Quellin Trading FZE",
      "Storekeeper",
      "2012 – 2014",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Electrical Foreman", "Tarvex Electromechanical W.L.L.", "2014"],
      ["Storekeeper", "Quellin Trading FZE", "2012"],
    ]);
  });
});

describe("LinkedIn's roles grouped under their employer", () => {
  it("reads the line over the employer's total time as the employer, though its name has no organisation word", () => {
    const entries = [
      "Quellin",
      "3 years 8 months",
      "Group Product Manager, Payments",
      "Jan 2022 - Present (1 year 4 months)",
      "San Francisco, California, United States",
      "Senior Product Manager",
      "Sep 2019 - Jan 2022 (2 years 5 months)",
      "San Francisco, California, United States",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Group Product Manager, Payments", "Quellin", "2022-01"],
      ["Senior Product Manager", "Quellin", "2019-09"],
    ]);
  });
});

describe("Europass", () => {
  it("reads the name set in the row of its 'PERSONAL INFORMATION' heading", () => {
    const card = cardOf(
      [
        "Curriculum Vitae",
        "",
        "PERSONAL INFORMATION        Mira Tarvo Holt",
        "                            +351 912 555 014",
        "                            mira.holt@example.com",
        "                            Sex Female | Date of birth 08/10/1992",
      ].join("\n"),
    );
    expect(card.personal_info.name).toBe("Mira Tarvo Holt");
  });
});

describe("LinkedIn's sidebar", () => {
  it("takes no name from the last of its top skills ('Guest Relations'), but the name over the headline", () => {
    const card = cardOf(
      [
        "Contact",
        "www.linkedin.com/in/mira-holt-0a1b (LinkedIn)",
        "",
        "Top Skills",
        "Hotel Operations",
        "Guest Relations",
        "",
        "Languages",
        "Spanish (Native or Bilingual)",
        "",
        "Mira Holt",
        "Front Office Manager at Tarvo Hotel",
        "Valencia, Spain",
        "",
        "Experience",
        "Tarvo Hotel",
        "Front Office Manager",
        "Jun 2020 - Present (3 years)",
      ].join("\n"),
    );
    expect(card.personal_info.name).toBe("Mira Holt");
  });
});

describe("LinkedIn's person after the sidebar, a given name the data does not know", () => {
  it("reads the name over its headline and place, and ends the certificates there", () => {
    const card = cardOf(
      [
        "Contact",
        "www.linkedin.com/in/tarvelyn-quorrah (LinkedIn)",
        "",
        "Certifications",
        "Mental Health First Aid",
        "",
        "Tarvelyn Quorrah",
        "Head of English | Examiner",
        "Cardiff, Wales, United Kingdom",
        "",
        "Experience",
        "Zentra High School",
        "Head of English",
        "September 2020 - Present (3 years)",
      ].join("\n"),
    );
    expect(card.personal_info.name).toBe("Tarvelyn Quorrah");
    expect(card.certifications.map((c) => c.name)).toEqual(["Mental Health First Aid"]);
  });
});

describe("LinkedIn's places, notes and headline", () => {
  it("reads the area LinkedIn names around a city as a place, and a lone organisation word in brackets as no employer", () => {
    const entries = [
      "Tarvo Healthcare",
      "Registered Nurse (Agency)",
      "Feb 2020 - Jul 2021 (1 year 6 months)",
      "Greater Manchester, England, United Kingdom",
      "Covered shifts on five wards.",
    ];
    const [job] = cardOf(experienceCv(...entries)).work_experience;
    expect([job?.title, job?.company, job?.location?.city]).toEqual([
      "Registered Nurse (Agency)",
      "Tarvo Healthcare",
      "Greater Manchester",
    ]);
  });

  it("reads no job from a headline that lists what the person is ('ICU Nurse | Critical Care | NMC Registered')", () => {
    const card = cardOf(
      ["Mira Holt", "ICU Nurse | Critical Care | NMC Registered", "mira@example.com"].join("\n"),
    );
    expect(card.work_experience).toEqual([]);
    const job = cardOf(["Mira Holt", "ICU Nurse at Zentra Health", "mira@example.com"].join("\n"));
    expect(job.work_experience.map((j) => [j.title, j.company])).toEqual([["ICU Nurse", "Zentra Health"]]);
  });
});

describe("rows of columns", () => {
  it("splits a job's row at its column gaps (runs of spaces, a tab), whatever the employer's name says", () => {
    const entries = [
      "Restaurant Supervisor           Tarvo Kitchen, Belfast           Jan 2022 – present",
      "Ran the floor.",
      "",
      "Bar Supervisor\tQuellin Hotel, Lisburn\tJun 2019 – Dec 2021",
      "Managed the stock.",
    ];
    expect(
      cardOf(experienceCv(...entries)).work_experience.map((j) => [j.title, j.company, j.location?.city]),
    ).toEqual([
      ["Restaurant Supervisor", "Tarvo Kitchen", "Belfast"],
      ["Bar Supervisor", "Quellin Hotel", "Lisburn"],
    ]);
  });
});

describe("a single date after a column gap", () => {
  it("dates an entry by one date set apart by a tab or a run of spaces ('Zentra Energy<tab>Summer 2014')", () => {
    const entries = [
      "STAFF AUDITOR",
      "Quellin Crane & Co.\tHouston, TX\tSept 2015 – Aug 2017",
      "",
      "ACCOUNTING INTERN",
      "Zentra Energy Services\tSummer 2014",
      "",
      "Kitchen Porter           Tarvo Grill           2013",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["STAFF AUDITOR", "Quellin Crane & Co.", "2015-09"],
      ["ACCOUNTING INTERN", "Zentra Energy Services", "2014"],
      ["Kitchen Porter", "Tarvo Grill", "2013"],
    ]);
  });
});

describe("a CV written in its own voice", () => {
  it("reads a name between ornaments and the sections headed 'Where I've worked', 'What I studied', 'My Toolbox'", () => {
    const card = cardOf(
      [
        "~ ~ ~   MIRA HOLT   ~ ~ ~",
        "Data Analyst · Retail",
        "Leeds, UK · mira@example.com",
        "",
        "WHERE I'VE WORKED",
        "",
        "Data Analyst at Quellin Retail — Leeds                   Jun 2019 – Present",
        "   Weekly trading pack for the stores.",
        "",
        "WHAT I STUDIED",
        "",
        "BSc (Hons) Mathematics — University of Tarvo, 2016",
        "",
        "My Toolbox",
        "SQL · Python · Tableau",
        "",
        "Things I'm proud of",
        "Spoke at a meetup on forecasting.",
      ].join("\n"),
    );
    expect(card.personal_info.name).toBe("MIRA HOLT");
    expect(card.work_experience.map((j) => [j.title, j.company, j.start])).toEqual([
      ["Data Analyst", "Quellin Retail", "2019-06"],
    ]);
    expect(card.education.map((e) => e.institution)).toEqual(["University of Tarvo"]);
    expect(card.skills.map((k) => k.name)).toEqual(expect.arrayContaining(["SQL", "Python", "Tableau"]));
    expect(card.skills.map((k) => k.name)).not.toContain("Things I'm proud of");
  });
});

describe("tables typed with bars", () => {
  it("reads each row of a table of jobs under its head row, and no degree from a table of degrees' heads", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "WORK EXPERIENCE",
        "| Organisation | Designation | From | To |",
        "| Quellin Finserv Pvt. Ltd. | Senior Accounts Executive | Apr 2019 | Till date |",
        "| Tarvo & Associates | Audit Assistant | Aug 2016 | Mar 2019 |",
        "",
        "EDUCATION",
        "| Examination | Institute | Board / University | Year | Percentage |",
        "| M.Com | Zentra College of Commerce | Tarvo University | 2016 | 68% |",
      ].join("\n"),
    );
    expect(card.work_experience.map((j) => [j.title, j.company, j.start, j.end])).toEqual([
      ["Senior Accounts Executive", "Quellin Finserv Pvt. Ltd.", "2019-04", null],
      ["Audit Assistant", "Tarvo & Associates", "2016-08", "2019-03"],
    ]);
    expect(card.education.map((e) => e.degree)).toEqual(["M.Com"]);
  });
});

describe("jobs stated in a sentence under their dates", () => {
  it("reads 'From 2014 to 2018' as the dates alone, and the title and employer from 'Worked as … with …'", () => {
    const entries = [
      "From 2014 to 2018",
      "Worked as an Electrical Chargehand with Tarvex Electromechanical W.L.L., Doha, Qatar.",
      "",
      "von 2012 bis 2014",
      "Worked as a Storekeeper with Quellin Trading FZE, Dubai, UAE.",
    ];
    expect(jobRows(experienceCv(...entries))).toEqual([
      ["Electrical Chargehand", "Tarvex Electromechanical W.L.L", "2014"],
      ["Storekeeper", "Quellin Trading FZE", "2012"],
    ]);
  });
});

describe("dates", () => {
  it("reads a season with an apostrophe's year ('Summer '15') as that year", () => {
    const entries = [
      "Lifeguard",
      "Tarvo Leisure Centre, Leeds",
      "Summer '14",
      "- Watched the pool.",
      "",
      "Barista",
      "Quellin Coffee, York",
      "Summer '15",
      "- Made coffee.",
    ];
    expect(
      cardOf(experienceCv(...entries)).work_experience.map((j) => [j.title, j.company, j.start, j.end]),
    ).toEqual([
      ["Lifeguard", "Tarvo Leisure Centre", "2014", "2014"],
      ["Barista", "Quellin Coffee", "2015", "2015"],
    ]);
  });
});

describe("school-leaving qualifications", () => {
  it("reads 'Higher Secondary', '12th' and 'Matriculation' as degrees, and a school named after them as a school", () => {
    expect(
      educationRows(
        "Higher Secondary (Science) – Zentra Girls School, Kollam (2010)",
        "12th (CBSE) – Tarvo Public School, Noida (2015)",
        "Matriculation – Quellin Higher Secondary School (2008)",
      ).map(([degree, , school]) => [degree, school]),
    ).toEqual([
      ["Higher Secondary", "Zentra Girls School"],
      ["12th", "Tarvo Public School"],
      ["Matriculation", "Quellin Higher Secondary School"],
    ]);
  });

  it("reads each bullet of a bulleted list of degrees, and the score after it as the grade", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "EDUCATIONAL QUALIFICATION",
        "• MBA (Finance) from Tarvo Institute of Management (2016) with 68%",
        "• B.Com (Hons.) from Quellin Commerce College (2014) with 61%",
        "• HSC – Zentra Higher Secondary School, 2011, CGPA 8.2/10",
      ].join("\n"),
    );
    expect(card.education.map((e) => [e.degree, e.institution, e.end, e.grade])).toEqual([
      ["MBA", "Tarvo Institute of Management", "2016", "68%"],
      ["B.Com (Hons.)", "Quellin Commerce College", "2014", "61%"],
      ["HSC", "Zentra Higher Secondary School", "2011", "8.2/10"],
    ]);
  });

  it("leaves 'with an aggregate of 71%' out of the school", () => {
    expect(
      educationRows("B.E. (Mechanical), Tarvo Institute of Technology, 2009 with an aggregate of 71%."),
    ).toEqual([["B.E.", "Mechanical", "Tarvo Institute of Technology"]]);
  });

  it("reads a professional body's letters as a degree, and 'MS Excel' as no degree", () => {
    expect(
      educationRows(
        "ACCA – Association of Chartered Certified Accountants, UK (2016)",
        "B.Com – Tarvo Commerce College (2010)",
        "",
        "SYSTEMS",
        "MS Excel (advanced), MS Project",
      ),
    ).toEqual([
      ["ACCA", null, "Association of Chartered Certified Accountants"],
      ["B.Com", null, "Tarvo Commerce College"],
    ]);
  });

  it("reads an 'Educational Attainment' section as education", () => {
    const card = cardOf(
      [
        "Mira Holt",
        "mira@example.com",
        "",
        "EDUCATIONAL ATTAINMENT",
        "Bachelor of Science in Nursing",
        "Tarvo State University, 2014",
      ].join("\n"),
    );
    expect(card.work_experience).toEqual([]);
    expect(card.education[0]).toMatchObject({
      degree: "Bachelor of Science",
      institution: "Tarvo State University",
    });
  });
});
