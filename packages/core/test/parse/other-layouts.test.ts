import { describe, expect, it } from "vitest";
import { parseResume } from "../../src/parse/resume";
import type { ResumeCardV1 } from "../../src/resume/resume-card-v1";
import { entryTestNow, textDoc } from "./helpers";

/*
 * Whole CVs in layouts from sources other than the job-board export the real-CV corpus is mostly
 * made of (LinkedIn "Save to PDF", Naukri profiles, Europass, Word tables, Indian prose CVs, US
 * chronological and functional CVs), as the text the extractors give for them. People and firms
 * are made up. Each asserts what a recruiter reads on the card: the name, each job's title,
 * employer and start, the degrees, and no job made of a heading, a column label or a client.
 */

const cardOf = (text: string) => parseResume(textDoc(text), { now: entryTestNow });
const jobs = (card: ResumeCardV1) => card.work_experience.map((j) => [j.title, j.company, j.start, j.end]);
const schools = (card: ResumeCardV1) => card.education.map((e) => [e.degree, e.field, e.institution]);

const linkedin = [
  "Anika Verlund",
  "Senior Data Engineer at Quellin",
  "Rotterdam, South Holland, Netherlands",
  "Contact",
  "anika.verlund@example.com",
  "www.linkedin.com/in/anikaverlund",
  "Top Skills",
  "Apache Spark",
  "Python",
  "Data Modeling",
  "Summary",
  "Data engineer who builds batch and streaming pipelines for retail analytics.",
  "Experience",
  "Quellin",
  "Senior Data Engineer",
  "January 2021 - Present (3 years 5 months)",
  "Rotterdam, South Holland, Netherlands",
  "Built the streaming ingestion platform on Kafka and Spark.",
  "Data Engineer",
  "March 2019 - December 2020 (1 year 10 months)",
  "Rotterdam, South Holland, Netherlands",
  "Tarvo Analytics",
  "Business Intelligence Analyst",
  "June 2016 - February 2019 (2 years 9 months)",
  "Utrecht, Netherlands",
  "Education",
  "Delft University of Technology",
  "Master of Science - MS, Computer Science · (2014 - 2016)",
  "Erasmus University Rotterdam",
  "Bachelor of Science - BS, Econometrics · (2011 - 2014)",
].join("\n");

const naukri = [
  "Rohit Malhotra",
  "rohit.malhotra@example.com | +91 98450 12345",
  "Current Designation: Senior Software Engineer",
  "Current Company: Zentra Infotech Pvt Ltd",
  "Current Location: Bengaluru",
  "Total Experience: 6 Year(s) 3 Month(s)",
  "Notice period: 60 Days",
  "Key Skills: Java, Spring Boot, Microservices, AWS, SQL",
  "",
  "Work Experience",
  "Senior Software Engineer",
  "Zentra Infotech Pvt Ltd",
  "Apr 2021 to Till Date",
  "Designing order management microservices.",
  "Software Engineer",
  "Norvale Systems Ltd",
  "Jul 2018 to Mar 2021",
  "Built billing APIs in Spring Boot.",
  "",
  "Education",
  "B.Tech/B.E. (Computer Science), Ravenshaw Institute of Technology, 2018",
].join("\n");

const europass = [
  "Curriculum Vitae",
  "Personal information",
  "Elena Marković",
  "Ulica Lipa 12, 10000 Zagreb (Croatia)",
  "+385 91 555 0101",
  "elena.markovic@example.com",
  "Work experience",
  "01/09/2019 – Present",
  "Marketing Manager",
  "Tarvo d.o.o., Ulica Hrasta 4, 10000 Zagreb (Croatia)",
  "Planned campaigns for regional retail clients.",
  "Business or sector Wholesale and retail trade",
  "01/09/2016 – 31/08/2019",
  "Marketing Assistant",
  "Norvale Media GmbH, Hauptstraße 20, 80331 Munich (Germany)",
  "Wrote press releases and ran social media accounts.",
  "Business or sector Information and communication",
  "Education and training",
  "01/10/2012 – 30/06/2016",
  "Bachelor of Economics",
  "University of Zagreb, Faculty of Economics, Zagreb (Croatia)",
  "Personal skills",
  "Mother tongue(s) Croatian",
].join("\n");

const tableRows = [
  "Sunil Varma",
  "sunil.varma@example.com",
  "",
  "PROFESSIONAL EXPERIENCE",
  "Company | Designation | Duration",
  "Quellin Logistics Pvt Ltd | Operations Manager | Jan 2020 - Present",
  "Tarvo Freight Ltd | Assistant Manager | Jun 2016 - Dec 2019",
  "",
  "EDUCATION",
  "MBA, Zentra Business School, 2016",
].join("\n");

const tableCells = [
  "Sunil Varma",
  "sunil.varma@example.com",
  "",
  "PROFESSIONAL EXPERIENCE",
  "Company",
  "Designation",
  "Duration",
  "Quellin Logistics Pvt Ltd",
  "Operations Manager",
  "Jan 2020 - Present",
  "Tarvo Freight Ltd",
  "Assistant Manager",
  "Jun 2016 - Dec 2019",
  "",
  "EDUCATION",
  "MBA, Zentra Business School, 2016",
].join("\n");

const orgBlocks = [
  "Kavya Iyer",
  "kavya.iyer@example.com",
  "",
  "WORK EXPERIENCE",
  "Organisation: Norvale Healthcare Pvt Ltd",
  "Designation: Senior Accountant",
  "Duration: March 2019 to Present",
  "Responsibilities: Monthly closing and GST returns.",
  "",
  "Organisation: Zentra Textiles Ltd",
  "Designation: Accounts Executive",
  "Duration: June 2015 to February 2019",
  "",
  "EDUCATION",
  "M.Com, Quellin University, 2015",
].join("\n");

const indianProse = [
  "Arjun Nair",
  "arjun.nair@example.com",
  "",
  "PROFESSIONAL EXPERIENCE",
  "• Currently associated with Zentra Technologies Pvt Ltd as Technical Lead since August 2020.",
  "• Worked as Senior Developer at Norvale Software Solutions from June 2016 to July 2020.",
  "• Worked as Developer at Tarvo Infosystems Ltd from July 2013 to May 2016.",
  "",
  "PROJECTS",
  "Project #1: Claims Portal",
  "Client: Quellin Insurance",
  "Role: Technical Lead",
  "Duration: Sep 2020 - Present",
  "Technologies: Angular, .NET Core, SQL Server",
  "",
  "EDUCATION",
  "B.E. in Electronics, Vardhan College of Engineering, 2013",
].join("\n");

const usChrono = [
  "MEGAN ALDRIDGE",
  "Columbus, OH 43215 | (614) 555-0142 | megan.aldridge@example.com",
  "",
  "SUMMARY",
  "Operations leader with eight years in distribution and inventory control.",
  "",
  "PROFESSIONAL EXPERIENCE",
  "QUELLIN DISTRIBUTION INC., Columbus, OH    2018–Present",
  "Regional Operations Manager",
  "• Led four warehouses with 120 staff.",
  "TARVO LOGISTICS, Dayton, OH    2014–2018",
  "Inventory Control Supervisor",
  "• Cut shrink by 30 percent.",
  "",
  "EDUCATION",
  "OHIO STATE UNIVERSITY, Columbus, OH",
  "Bachelor of Science in Business Administration, 2014",
  "",
  "SKILLS",
  "Inventory control, Lean, SAP, Forecasting",
].join("\n");

const functional = [
  "Dana Whitcombe",
  "dana.whitcombe@example.com | (503) 555-0199",
  "",
  "SUMMARY OF QUALIFICATIONS",
  "Customer service professional with ten years in retail banking.",
  "",
  "RELEVANT SKILLS",
  "Customer Service",
  "• Resolved account disputes for 200 clients a week.",
  "Team Leadership",
  "• Trained new tellers.",
  "",
  "EMPLOYMENT HISTORY",
  "Branch Supervisor, Norvale Bank, Portland, OR, 2019–Present",
  "Senior Teller, Quellin Credit Union, Salem, OR, 2015–2019",
  "Sales Associate, Tarvo Outfitters, Eugene, OR, 2013–2015",
  "",
  "EDUCATION",
  "Associate of Arts, Linnwood Community College, 2013",
].join("\n");

const naukriProfile = [
  "Priya Deshmukh",
  "Email: priya.deshmukh@example.com",
  "Mobile: +91 90040 55555",
  "Resume Headline: HR professional with 7 years in talent acquisition",
  "Total Experience: 7 Year(s) 2 Month(s)",
  "Current Designation: HR Manager",
  "Current Company: Quellin Retail Pvt Ltd",
  "Previous Designation: Senior HR Executive",
  "Previous Company: Tarvo Foods Ltd",
  "Key Skills: Recruitment, Payroll, Employee Relations",
  "Notice period: 1 Month",
  "Education: MBA (HR), Zentra Institute of Management, 2017",
].join("\n");

const linkedinMany = [
  "Tomas Reinholt",
  "Product Manager at Zentra",
  "Oslo, Norway",
  "Experience",
  "Zentra",
  "3 years 2 months",
  "Product Manager",
  "April 2022 - Present (2 years 3 months)",
  "Oslo, Norway",
  "Associate Product Manager",
  "May 2021 - March 2022 (11 months)",
  "Norvale",
  "Business Analyst",
  "August 2018 - April 2021 (2 years 9 months)",
  "Bergen, Norway",
  "Education",
  "University of Oslo",
  "Master's degree, Informatics · (2016 - 2018)",
].join("\n");

const europassOld = [
  "Europass Curriculum Vitae",
  "Personal information",
  "First name(s) / Surname(s) Jonas Lindqvist",
  "Address(es) Storgatan 5, 41101 Gothenburg (Sweden)",
  "E-mail jonas.lindqvist@example.com",
  "Work experience",
  "Dates 03/2018 - present",
  "Occupation or position held Logistics Coordinator",
  "Main activities and responsibilities Planning inbound freight and customs papers",
  "Name and address of employer Quellin Shipping AB, Hamngatan 2, 41104 Gothenburg (Sweden)",
  "Type of business or sector Transport and storage",
  "Dates 09/2014 - 02/2018",
  "Occupation or position held Warehouse Supervisor",
  "Main activities and responsibilities Ran a team of twelve pickers",
  "Name and address of employer Tarvo Lager AB, Industrivägen 9, 21532 Malmö (Sweden)",
  "Type of business or sector Wholesale",
  "Education and training",
  "Dates 2011 - 2014",
  "Title of qualification awarded Bachelor of Science in Logistics",
  "Name and type of organisation providing education and training Zentra University of Applied Sciences",
].join("\n");

const linkedinWeb = [
  "Farah Qasim",
  "Talent Acquisition Lead",
  "Experience",
  "Talent Acquisition Lead",
  "Norvale Health · Full-time",
  "Mar 2021 - Present · 3 yrs 4 mos",
  "Dubai, United Arab Emirates",
  "Senior Recruiter",
  "Quellin Group · Full-time",
  "Jan 2018 - Feb 2021 · 3 yrs 2 mos",
  "Abu Dhabi, United Arab Emirates",
  "Education",
  "Zentra University",
  "Bachelor of Business Administration - BBA, Human Resources",
  "2013 - 2017",
].join("\n");

const usPiped = [
  "Caleb Mercer",
  "Denver, CO | caleb.mercer@example.com | (720) 555-0133",
  "",
  "EXPERIENCE",
  "Quellin Software Inc. | Denver, CO | June 2019 – Present",
  "Senior Product Designer",
  "• Led the redesign of the billing portal.",
  "Tarvo Studio | Boulder, CO | Aug 2016 – May 2019",
  "Product Designer",
  "• Designed onboarding flows for mobile apps.",
  "",
  "EDUCATION",
  "Rhode Island School of Design | BFA, Graphic Design | 2016",
].join("\n");

const usRightDates = [
  "Caleb Mercer",
  "caleb.mercer@example.com",
  "",
  "WORK EXPERIENCE",
  "Senior Product Designer | June 2019 – Present",
  "Quellin Software Inc., Denver, CO",
  "• Led the redesign of the billing portal.",
  "Product Designer | Aug 2016 – May 2019",
  "Tarvo Studio, Boulder, CO",
  "• Designed onboarding flows for mobile apps.",
  "",
  "EDUCATION",
  "BFA, Graphic Design | 2016",
  "Rhode Island School of Design",
].join("\n");

const indianProjects = [
  "Sneha Kulkarni",
  "sneha.k@example.com",
  "",
  "PROFESSIONAL SUMMARY",
  "• 5 years of testing web and mobile products, by hand and with scripts.",
  "",
  "WORK EXPERIENCE",
  "Company: Zentra Solutions Pvt Ltd",
  "Designation: QA Engineer",
  "Duration: Jan 2020 – Till Date",
  "",
  "Company: Norvale Technologies",
  "Designation: Test Engineer",
  "Duration: Jun 2017 – Dec 2019",
  "",
  "PROJECT DETAILS",
  "Project #1: Retail Banking App",
  "Client: Quellin Bank",
  "Role: Automation Tester",
  "Duration: Mar 2021 – Present",
  "Environment: Selenium, Java, TestNG",
  "Project #2: Insurance Portal",
  "Client: Tarvo Insurance",
  "Role: Tester",
  "Duration: Jul 2017 – Nov 2019",
  "",
  "EDUCATION",
  "B.Sc. (Computer Science), Vardhan College, Pune University, 2017",
].join("\n");

const monster = [
  "Vikram Sethi",
  "Email ID : vikram.sethi@example.com",
  "Current Employer : Norvale Retail Pvt Ltd",
  "Designation : Store Manager",
  "Previous Employer : Quellin Mart Ltd",
  "Total Exp : 8.2 Years",
  "Current Location : Hyderabad",
  "",
  "CAREER HISTORY",
  "Norvale Retail Pvt Ltd, Hyderabad",
  "Store Manager (Apr 2019 – Present)",
  "• Ran a store of 40 staff.",
  "Quellin Mart Ltd, Chennai",
  "Assistant Store Manager (Jun 2015 – Mar 2019)",
  "• Managed stock and rosters.",
  "",
  "ACADEMIC QUALIFICATIONS",
  "BBA from Tarvo University in 2015",
].join("\n");

const linkedinFooter = [
  "Ines Carvalho",
  "Software Engineer at Tarvo",
  "Lisbon, Portugal",
  "Experience",
  "Tarvo",
  "Software Engineer",
  "September 2020 - Present (3 years 9 months)",
  "Lisbon, Portugal",
  "Page 1 of 2",
  "Zentra Labs",
  "Junior Developer",
  "July 2018 - August 2020 (2 years 2 months)",
  "Porto, Portugal",
  "Education",
  "University of Porto",
  "Master's degree, Computer Engineering · (2013 - 2018)",
].join("\n");

const ukCv = [
  "Oliver Brandt",
  "07700 900123 | oliver.brandt@example.com | Leeds",
  "",
  "Employment",
  "Jan 2019 – present: Quellin Ltd, Leeds — Support Analyst",
  "Handled second-line tickets for retail clients.",
  "Sep 2016 – Dec 2018: Tarvo Services Ltd, York — Helpdesk Technician",
  "Set up laptops and phones for new starters.",
  "",
  "Education",
  "2013 – 2016: BSc (Hons) Computing, University of Norvale",
].join("\n");

const functionalEnd = [
  "Grace Pemberton",
  "grace.p@example.com",
  "",
  "PROFILE",
  "Event planner with a background in hospitality.",
  "",
  "KEY ACHIEVEMENTS",
  "• Planned a conference for 900 guests.",
  "• Cut venue costs by a fifth.",
  "",
  "WORK HISTORY",
  "Quellin Events — Event Coordinator (2020–Present)",
  "Tarvo Hotel Group — Banquet Supervisor (2016–2020)",
  "Norvale Catering — Waitress (2014–2016)",
  "",
  "EDUCATION",
  "BA (Hons) Hospitality Management, Zentra University, 2014",
].join("\n");

const europassNew = [
  "Elena Marković",
  "Date of birth: 12/03/1990 | Nationality: Croatian | Email address: elena.markovic@example.com",
  "WORK EXPERIENCE",
  "[ 01/09/2019 – Current ] Marketing Manager",
  "Tarvo d.o.o.",
  "City: Zagreb | Country: Croatia",
  "Planned campaigns for regional retail clients.",
  "[ 01/09/2016 – 31/08/2019 ] Marketing Assistant",
  "Norvale Media GmbH",
  "City: Munich | Country: Germany",
  "EDUCATION AND TRAINING",
  "[ 01/10/2012 – 30/06/2016 ] Bachelor of Economics",
  "University of Zagreb",
  "City: Zagreb | Country: Croatia",
].join("\n");

const pipedLabels = [
  "Nisha Rao",
  "nisha.rao@example.com",
  "",
  "EMPLOYMENT DETAILS",
  "Company Name: Zentra Pharma Ltd | Designation: Quality Analyst | Duration: Aug 2019 – Present",
  "Company Name: Norvale Labs Pvt Ltd | Designation: Lab Chemist | Duration: May 2016 – Jul 2019",
  "",
  "EDUCATION",
  "M.Sc. Chemistry, Tarvo University, 2016",
].join("\n");

const tabTable = [
  "Sunil Varma",
  "sunil.varma@example.com",
  "",
  "WORK EXPERIENCE",
  "Organisation\tDesignation\tPeriod",
  "Quellin Logistics Pvt Ltd\tOperations Manager\tJan 2020 - Present",
  "Tarvo Freight Ltd\tAssistant Manager\tJun 2016 - Dec 2019",
  "",
  "EDUCATION",
  "MBA, Zentra Business School, 2016",
].join("\n");

describe("LinkedIn 'Save to PDF' profile", () => {
  it("reads each role under its company line, the later roles of a company included", () => {
    const card = cardOf(linkedin);
    expect(card.personal_info.name).toBe("Anika Verlund");
    expect(jobs(card)).toEqual([
      ["Senior Data Engineer", "Quellin", "2021-01", null],
      ["Data Engineer", "Quellin", "2019-03", "2020-12"],
      ["Business Intelligence Analyst", "Tarvo Analytics", "2016-06", "2019-02"],
    ]);
    expect(card.work_experience.map((j) => j.location?.city)).toEqual(["Rotterdam", "Rotterdam", "Utrecht"]);
  });

  it("reads 'Degree - ABBR, Field' with the field, not the abbreviation", () => {
    expect(schools(cardOf(linkedin))).toEqual([
      ["Master of Science", "Computer Science", "Delft University of Technology"],
      ["Bachelor of Science", "Econometrics", "Erasmus University Rotterdam"],
    ]);
  });

  it("reads a company's total tenure line as no job, and its roles under it", () => {
    const card = cardOf(linkedinMany);
    expect(jobs(card)).toEqual([
      ["Product Manager", "Zentra", "2022-04", null],
      ["Associate Product Manager", "Zentra", "2021-05", "2022-03"],
      ["Business Analyst", "Norvale", "2018-08", "2021-04"],
    ]);
    expect(schools(card)).toEqual([["Master's degree", "Informatics", "University of Oslo"]]);
  });
});

describe("Naukri profile exports", () => {
  it("reads the work list and a degree written 'B.Tech/B.E. (Field)'", () => {
    const card = cardOf(naukri);
    expect(card.personal_info.name).toBe("Rohit Malhotra");
    expect(jobs(card)).toEqual([
      ["Senior Software Engineer", "Zentra Infotech Pvt Ltd", "2021-04", null],
      ["Software Engineer", "Norvale Systems Ltd", "2018-07", "2021-03"],
    ]);
    expect(schools(card)).toEqual([["B.Tech/B.E.", "Computer Science", "Ravenshaw Institute of Technology"]]);
    expect(card.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Java", "Spring Boot", "SQL"]));
  });

  it("reads the current and previous designation and company fields as two jobs", () => {
    const card = cardOf(naukriProfile);
    expect(card.personal_info.name).toBe("Priya Deshmukh");
    expect(jobs(card)).toEqual([
      ["HR Manager", "Quellin Retail Pvt Ltd", null, null],
      ["Senior HR Executive", "Tarvo Foods Ltd", null, null],
    ]);
    expect(schools(card)).toEqual([["MBA", "HR", "Zentra Institute of Management"]]);
    // "Notice period: 1 Month" under "Key Skills:" is no skill.
    expect(card.skills.map((s) => s.name)).toEqual(["Recruitment", "Payroll", "Employee relations"]);
  });
});

describe("LinkedIn web profile copied as text", () => {
  it("reads 'Company · Full-time' under the title, and dates with '· 3 yrs 4 mos'", () => {
    const card = cardOf(linkedinWeb);
    expect(jobs(card)).toEqual([
      ["Talent Acquisition Lead", "Norvale Health", "2021-03", null],
      ["Senior Recruiter", "Quellin Group", "2018-01", "2021-02"],
    ]);
    expect(schools(card)).toEqual([
      ["Bachelor of Business Administration", "Human Resources", "Zentra University"],
    ]);
  });
});

describe("Europass CV", () => {
  it("reads dates above the role, and the employer without its street address", () => {
    const card = cardOf(europass);
    expect(card.personal_info.name).toBe("Elena Marković");
    expect(jobs(card)).toEqual([
      ["Marketing Manager", "Tarvo d.o.o.", "2019-09", null],
      ["Marketing Assistant", "Norvale Media GmbH", "2016-09", "2019-08"],
    ]);
    expect(card.work_experience.map((j) => [j.location?.city, j.location?.country])).toEqual([
      ["Zagreb", "Croatia"],
      ["Munich", "Germany"],
    ]);
    expect(schools(card)).toEqual([["Bachelor", "Economics", "University of Zagreb"]]);
  });
});

describe("Europass CV, the older form with its labels in a column of their own", () => {
  const card = cardOf(europassOld);

  it("reads the name after its form label", () => {
    expect(card.personal_info.name).toBe("Jonas Lindqvist");
  });

  it("reads each field by its colon-less label, the employer without its address", () => {
    expect(jobs(card)).toEqual([
      ["Logistics Coordinator", "Quellin Shipping AB", "2018-03", null],
      ["Warehouse Supervisor", "Tarvo Lager AB", "2014-09", "2018-02"],
    ]);
    expect(card.work_experience.map((j) => j.location?.city)).toEqual(["Gothenburg", "Malmö"]);
  });

  it("reads the qualification and the school without their labels", () => {
    expect(schools(card)).toEqual([
      ["Bachelor of Science", "Logistics", "Zentra University of Applied Sciences"],
    ]);
  });
});

describe("Word templates: tables and labelled blocks", () => {
  const expected = [
    ["Operations Manager", "Quellin Logistics Pvt Ltd", "2020-01", null],
    ["Assistant Manager", "Tarvo Freight Ltd", "2016-06", "2019-12"],
  ];

  it("reads a table's rows, its header row of column labels naming no job", () => {
    const card = cardOf(tableRows);
    expect(jobs(card)).toEqual(expected);
    expect(card.work_experience.map((j) => j.location)).toEqual([null, null]);
  });

  it("reads the same table emitted cell by cell", () => {
    const card = cardOf(tableCells);
    expect(jobs(card)).toEqual(expected);
    expect(card.work_experience.map((j) => j.location)).toEqual([null, null]);
    expect(schools(card)).toEqual([["MBA", null, "Zentra Business School"]]);
  });

  it("reads 'Organisation: / Designation: / Duration:' blocks", () => {
    const card = cardOf(orgBlocks);
    expect(jobs(card)).toEqual([
      ["Senior Accountant", "Norvale Healthcare Pvt Ltd", "2019-03", null],
      ["Accounts Executive", "Zentra Textiles Ltd", "2015-06", "2019-02"],
    ]);
    expect(schools(card)).toEqual([["M.Com", null, "Quellin University"]]);
  });
});

describe("Indian 'Professional Experience' CV in sentences, with projects", () => {
  it("reads 'Worked as X at Y from … to …' and 'Currently associated with Y as X since …'", () => {
    const card = cardOf(indianProse);
    expect(jobs(card)).toEqual([
      ["Technical Lead", "Zentra Technologies Pvt Ltd", "2020-08", null],
      ["Senior Developer", "Norvale Software Solutions", "2016-06", "2020-07"],
      ["Developer", "Tarvo Infosystems Ltd", "2013-07", "2016-05"],
    ]);
    expect(schools(card)).toEqual([["B.E.", "Electronics", "Vardhan College of Engineering"]]);
  });

  it("reads a 'PROJECT DETAILS' list as projects, their dates and clients on no job", () => {
    const card = cardOf(indianProjects);
    expect(jobs(card).slice(0, 2)).toEqual([
      ["QA Engineer", "Zentra Solutions Pvt Ltd", "2020-01", null],
      ["Test Engineer", "Norvale Technologies", "2017-06", "2019-12"],
    ]);
    expect(card.projects?.map((p) => [p.name, p.start])).toEqual([
      ["Project #1: Retail Banking App", "2021-03"],
      ["Project #2: Insurance Portal", "2017-07"],
    ]);
    for (const job of card.work_experience) {
      expect(["Quellin Bank", "Tarvo Insurance"]).not.toContain(job.company);
      expect(["2021-03", "2017-07"]).not.toContain(job.start);
    }
  });

  it("takes a project's client for no employer", () => {
    const companies = cardOf(indianProse).work_experience.map((j) => j.company);
    expect(companies).not.toContain("Quellin Insurance");
  });
});

describe("US CVs", () => {
  it("reads 'EMPLOYER, City, ST  years' in capitals over the title", () => {
    const card = cardOf(usChrono);
    expect(jobs(card)).toEqual([
      ["Regional Operations Manager", "QUELLIN DISTRIBUTION INC.", "2018", null],
      ["Inventory Control Supervisor", "TARVO LOGISTICS", "2014", "2018"],
    ]);
    expect(card.work_experience.map((j) => [j.location?.city, j.location?.region])).toEqual([
      ["Columbus", "OH"],
      ["Dayton", "OH"],
    ]);
    expect(schools(card)).toEqual([
      ["Bachelor of Science", "Business Administration", "OHIO STATE UNIVERSITY"],
    ]);
  });

  it("reads right-aligned places and dates the extractor joined with bars", () => {
    const expected = [
      ["Senior Product Designer", "Quellin Software Inc.", "2019-06", null],
      ["Product Designer", "Tarvo Studio", "2016-08", "2019-05"],
    ];
    for (const text of [usPiped, usRightDates]) {
      const card = cardOf(text);
      expect(jobs(card)).toEqual(expected);
      expect(card.work_experience.map((j) => j.location?.city)).toEqual(["Denver", "Boulder"]);
      expect(schools(card)).toEqual([["BFA", "Graphic Design", "Rhode Island School of Design"]]);
    }
  });

  it("reads a functional CV's employment list at the end, and its skill headings as no jobs", () => {
    const card = cardOf(functional);
    expect(card.personal_info.name).toBe("Dana Whitcombe");
    expect(jobs(card)).toEqual([
      ["Branch Supervisor", "Norvale Bank", "2019", null],
      ["Senior Teller", "Quellin Credit Union", "2015", "2019"],
      ["Sales Associate", "Tarvo Outfitters", "2013", "2015"],
    ]);
    expect(schools(card)).toEqual([["Associate of Arts", null, "Linnwood Community College"]]);
    // A duty under a skill's name is a sentence, no skill.
    expect(card.skills.map((s) => s.name)).toEqual(["Customer service", "Leadership"]);
  });
});

describe("more profile and list shapes", () => {
  it("reads a Monster India export: labelled fields on top, 'Title (dates)' under 'Employer, City'", () => {
    const card = cardOf(monster);
    expect(jobs(card)).toEqual([
      ["Store Manager", "Norvale Retail Pvt Ltd", "2019-04", null],
      ["Assistant Store Manager", "Quellin Mart Ltd", "2015-06", "2019-03"],
    ]);
    // "BBA from Tarvo University in 2015": the "in" goes with the year.
    expect(schools(card)).toEqual([["BBA", null, "Tarvo University"]]);
  });

  it("reads a LinkedIn profile across its page footer", () => {
    const card = cardOf(linkedinFooter);
    expect(jobs(card)).toEqual([
      ["Software Engineer", "Tarvo", "2020-09", null],
      ["Junior Developer", "Zentra Labs", "2018-07", "2020-08"],
    ]);
    expect(schools(card)).toEqual([["Master's degree", "Computer Engineering", "University of Porto"]]);
  });

  it("reads a UK CV's 'dates: Employer, Town — Title' lines", () => {
    const card = cardOf(ukCv);
    expect(jobs(card)).toEqual([
      ["Support Analyst", "Quellin Ltd", "2019-01", null],
      ["Helpdesk Technician", "Tarvo Services Ltd", "2016-09", "2018-12"],
    ]);
    expect(schools(card)).toEqual([["BSc (Hons)", "Computing", "University of Norvale"]]);
  });

  it("reads a functional CV's 'Employer — Title (years)' list, its achievements no job", () => {
    const card = cardOf(functionalEnd);
    expect(jobs(card)).toEqual([
      ["Event Coordinator", "Quellin Events", "2020", null],
      ["Banquet Supervisor", "Tarvo Hotel Group", "2016", "2020"],
      ["Waitress", "Norvale Catering", "2014", "2016"],
    ]);
    expect(schools(card)).toEqual([["BA (Hons)", "Hospitality Management", "Zentra University"]]);
  });
});

describe("labelled fields side by side, and tables split at tabs", () => {
  it("reads the Europass online editor's '[ dates ] Title' over the employer and a 'City: | Country:' line", () => {
    const card = cardOf(europassNew);
    expect(jobs(card)).toEqual([
      ["Marketing Manager", "Tarvo d.o.o.", "2019-09", null],
      ["Marketing Assistant", "Norvale Media GmbH", "2016-09", "2019-08"],
    ]);
    expect(schools(card)).toEqual([["Bachelor", "Economics", "University of Zagreb"]]);
  });

  it("reads 'Company Name: … | Designation: … | Duration: …' on one line", () => {
    expect(jobs(cardOf(pipedLabels))).toEqual([
      ["Quality Analyst", "Zentra Pharma Ltd", "2019-08", null],
      ["Lab Chemist", "Norvale Labs Pvt Ltd", "2016-05", "2019-07"],
    ]);
  });

  it("reads a table whose cells are split by tabs, its header row naming no job", () => {
    const card = cardOf(tabTable);
    expect(jobs(card)).toEqual([
      ["Operations Manager", "Quellin Logistics Pvt Ltd", "2020-01", null],
      ["Assistant Manager", "Tarvo Freight Ltd", "2016-06", "2019-12"],
    ]);
    expect(card.work_experience.map((j) => j.location)).toEqual([null, null]);
  });
});
