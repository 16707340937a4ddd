import { describe, expect, it } from "vitest";
import { resolveNormalizer } from "../../src/parse/normalizer";
import { proseJobs } from "../../src/parse/prose-jobs";
import { toLines } from "../../src/parse/text";
import { experienceCv, jobRows, textDoc } from "./helpers";

const normalizer = resolveNormalizer(undefined);
const stated = (sentence: string) =>
  proseJobs(toLines(textDoc(sentence)), normalizer).map((j) => [j.title, j.company]);

/** A job board's export: the name, the headline under it, the contact line, then the sections. */
const boardCv = (headline: string, ...experience: string[]) =>
  [
    "Mira Holt",
    headline,
    "",
    "Pune, Maharashtra - Email me on Indeed: indeed.com/r/Mira-Holt/abc123",
    "",
    ...(experience.length > 0 ? ["WORK EXPERIENCE", "", ...experience, ""] : []),
    "EDUCATION",
    "",
    "B.Com",
    "",
    "Harwick University",
    "",
    "2008 to 2011",
  ].join("\n");

/*
 * Ninth round, made-up text: job-board export shapes that train holds rarely or never, checked
 * so the parser reads exports it has not seen ("Quellin", "Tarvo": employers with no cue).
 */
describe("job-board shapes with no cue on the employer", () => {
  it("reads dates, then a title, then an employer, each in a paragraph of its own", () => {
    expect(
      jobRows(
        experienceCv(
          "June 2015 to Present",
          "",
          "Process Expert",
          "",
          "Quellin",
          "",
          "Handled customer calls.",
          "",
          "May 2012 to May 2015",
          "",
          "Support Engineer",
          "",
          "Tarvo",
          "",
          "Fixed printers.",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ]);
  });

  it("leaves a duty under the title out of the header", () => {
    expect(
      jobRows(experienceCv("June 2015 to Present", "", "Process Expert", "", "Handled customer calls.", "")),
    ).toEqual([["Process Expert", null, "2015-06"]]);
  });

  it("reads a title and an employer line typed in lower case into a job board's form", () => {
    expect(
      jobRows(
        experienceCv(
          "process expert",
          "",
          "quellin tech -  Pune, Maharashtra -",
          "",
          "June 2015 to Present",
          "",
          "Handled customer calls.",
          "",
          "support engineer",
          "",
          "tarvo -",
          "",
          "May 2012 to May 2015",
        ),
      ),
    ).toEqual([
      ["process expert", "quellin tech", "2015-06"],
      ["support engineer", "tarvo", "2012-05"],
    ]);
  });

  it("reads 'Employer - Title' over the dates once, not again as a role of its own", () => {
    expect(
      jobRows(
        experienceCv(
          "Quellin - Team Lead",
          "Jun 2017 to Present",
          "",
          "Tarvo Infotech - Support Engineer",
          "May 2012 to May 2015",
        ),
      ),
    ).toEqual([
      ["Team Lead", "Quellin", "2017-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ]);
  });

  it("reads a labelled line that also holds the dates by its label", () => {
    expect(
      jobRows(
        experienceCv(
          "Company: Quellin (June 2015 – Present)",
          "Role: Process Expert",
          "",
          "Company: Tarvo Infotech (May 2012 – May 2015)",
          "Role: Support Engineer",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ]);
  });

  it("leaves the word that leads into the dates out of the employer", () => {
    expect(
      jobRows(
        experienceCv(
          "Process Expert at Quellin from June 2015 to May 2017",
          "Support Engineer at Tarvo since May 2012",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ]);
  });

  it("reads a lower-case description in brackets after the title as part of it, not as the employer", () => {
    expect(
      jobRows(
        experienceCv(
          "Process Expert (voice process, international telecom client)",
          "",
          "Quellin -  Pune, Maharashtra -",
          "",
          "June 2015 to Present",
        ),
      ),
    ).toEqual([["Process Expert (voice process, international telecom client)", "Quellin", "2015-06"]]);
  });

  it("reads an employer line without its bracketed client", () => {
    expect(
      jobRows(
        experienceCv(
          "Process Expert",
          "",
          "Quellin (Client: Tarvo) -  Pune, Maharashtra -",
          "",
          "June 2015 to Present",
        ),
      ),
    ).toEqual([["Process Expert", "Quellin", "2015-06"]]);
  });

  it("keeps reading jobs after a 'Work Summary' or 'Job Profile' sub-heading inside an entry", () => {
    expect(
      jobRows(
        experienceCv(
          "Process Expert",
          "",
          "Quellin -  Pune, Maharashtra -",
          "",
          "June 2015 to Present",
          "",
          "Work Summary",
          "",
          "Handled calls and escalations for the client.",
          "",
          "Support Engineer",
          "",
          "Tarvo -  Chennai, Tamil Nadu -",
          "",
          "May 2012 to May 2015",
          "",
          "Job Profile",
          "",
          "Fixed printers.",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ]);
  });

  it("reads a long title typed above the employer line", () => {
    expect(
      jobRows(
        experienceCv(
          "Senior Process Expert and Team Lead for Customer Care Operations Team",
          "",
          "Quellin -  Pune, Maharashtra -",
          "",
          "June 2015 to Present",
        ),
      ),
    ).toEqual([
      ["Senior Process Expert and Team Lead for Customer Care Operations Team", "Quellin", "2015-06"],
    ]);
  });
});

describe("the headline under the name", () => {
  it("reads 'Title - Employer' as the current job when no entry holds it", () => {
    expect(jobRows(boardCv("Software Engineer - Quellin"))).toEqual([["Software Engineer", "Quellin", null]]);
    expect(
      jobRows(
        boardCv(
          "Software Engineer - Quellin",
          "Support Engineer",
          "",
          "Zentra -",
          "",
          "June 2012 to May 2015",
        ),
      ),
    ).toEqual([
      ["Support Engineer", "Zentra", "2012-06"],
      ["Software Engineer", "Quellin", null],
    ]);
  });

  it("adds nothing when an entry holds the job, or the second part is a skill or a title", () => {
    expect(
      jobRows(
        boardCv(
          "Software Engineer - Quellin",
          "Software Engineer",
          "",
          "Quellin -",
          "",
          "June 2015 to Present",
        ),
      ),
    ).toEqual([["Software Engineer", "Quellin", "2015-06"]]);
    expect(jobRows(boardCv("Application Developer - Java"))).toEqual([]);
    expect(jobRows(boardCv("Senior Consultant - Offshore Lead"))).toEqual([]);
    expect(jobRows(boardCv("Senior Systems Engineer - mainframe"))).toEqual([]);
  });
});

describe("firms named in a sentence", () => {
  it("reads a name a legal suffix closes, after at/with/in, as an employer whatever verb leads", () => {
    const cv = boardCv(
      "Escalation Engineer",
      "Escalation Engineer",
      "",
      "Zentra -",
      "",
      "June 2016 to Present",
    ).replace(
      "WORK EXPERIENCE",
      "• Six years in support, the first two in the service desk team at Quellin India Private Ltd., Pune.\n\nWORK EXPERIENCE",
    );
    expect(jobRows(cv)).toEqual([
      ["Escalation Engineer", "Zentra", "2016-06"],
      [null, "Quellin India Private Ltd", null],
    ]);
  });

  it("leaves a firm named inside an entry that has its employer out (a client)", () => {
    expect(
      jobRows(
        boardCv(
          "Escalation Engineer",
          "Escalation Engineer",
          "",
          "Zentra -",
          "",
          "June 2016 to Present",
          "",
          "• Supported the billing platform used at Quellin India Private Ltd.",
        ),
      ),
    ).toEqual([["Escalation Engineer", "Zentra", "2016-06"]]);
  });

  it("reads no client field and no two-letter suffix ('in SE Asia') as a firm", () => {
    const cv = boardCv(
      "Escalation Engineer",
      "Escalation Engineer",
      "",
      "Zentra -",
      "",
      "June 2016 to Present",
    ).replace(
      "WORK EXPERIENCE",
      "Client: Work with Harlow Bank Ltd\n• Travelled in SE Asia and Europe for the client.\n\nWORK EXPERIENCE",
    );
    expect(jobRows(cv)).toEqual([["Escalation Engineer", "Zentra", "2016-06"]]);
  });
});

describe("jobs stated in a sentence", () => {
  it("reads 'started' and 'began' as verbs that lead into a job", () => {
    expect(stated("• Started my career as a Software Engineer at Quellin Technologies in 2012.")).toEqual([
      ["Software Engineer", "Quellin Technologies"],
    ]);
    expect(stated("• Began as a Trainee at Tarvo Infotech and grew into the role.")).toEqual([
      ["Trainee", "Tarvo Infotech"],
    ]);
  });

  it("reads no client as the employer ('… with Client Tarvo')", () => {
    expect(
      stated("• Employed at present with Quellin services Lyon as a QA Analyst with Client Tarvo."),
    ).toEqual([["QA Analyst", "Quellin"]]);
  });

  it("ends the employer's name before how long the job lasted", () => {
    expect(stated("• I have worked as Support Engineer for Tarvo Infotech for 3 years.")).toEqual([
      ["Support Engineer", "Tarvo Infotech"],
    ]);
  });
});

describe("a labelled title outside every entry", () => {
  it("reads 'Organisations worked with:' and 'Previous Companies:' as lists of employers", () => {
    const cv = (line: string) =>
      ["Mira Holt", "mira@example.com", "", line, "", "SKILLS", "Excel"].join("\n");
    const expected = [
      [null, "Quellin", null],
      [null, "Tarvo Infotech", null],
    ];
    expect(jobRows(cv("Organisations worked with: Quellin, Tarvo Infotech"))).toEqual(expected);
    expect(jobRows(cv("Previous Companies: Quellin (2015-2019), Tarvo Infotech (2012-2015)"))).toEqual(
      expected,
    );
  });

  it("is a job, its employer after 'at', after a comma or on the labelled line under it", () => {
    const cv = (...lines: string[]) =>
      ["Mira Holt", "mira@example.com", "", ...lines, "", "SKILLS", "Excel"].join("\n");
    expect(jobRows(cv("Designation: Process Expert at Quellin Technologies"))).toEqual([
      ["Process Expert", "Quellin Technologies", null],
    ]);
    expect(jobRows(cv("Designation: Process Expert, Quellin, Pune"))).toEqual([
      ["Process Expert", "Quellin", null],
    ]);
    expect(jobRows(cv("Current Designation: Process Expert", "Current Organization: Quellin"))).toEqual([
      ["Process Expert", "Quellin", null],
    ]);
    expect(jobRows(cv("Role: Team Member"))).toEqual([["Team Member", null, null]]);
  });
});

describe("exports that print how long each job lasted", () => {
  it("keeps '(8 years 1 month)' after the dates out of the employer", () => {
    expect(
      jobRows(
        experienceCv(
          "Quellin",
          "Process Expert",
          "June 2015 - Present (8 years 1 month)",
          "Handled customer calls.",
          "",
          "Tarvo Infotech",
          "Support Engineer",
          "May 2012 to May 2015 (3 years)",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ]);
  });

  it("reads past an employer's total time above its first role", () => {
    expect(
      jobRows(
        experienceCv(
          "Quellin",
          "8 years 1 month",
          "Team Lead",
          "June 2017 - Present (6 years 1 month)",
          "Process Expert",
          "June 2015 - June 2017 (2 years 1 month)",
          "",
          "Tarvo Infotech",
          "Support Engineer",
          "May 2012 - May 2015 (3 years 1 month)",
        ),
      ),
    ).toEqual([
      ["Team Lead", "Quellin", "2017-06"],
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ]);
  });
});

describe("a job board's ADDITIONAL INFORMATION section", () => {
  it("is a section of its own, so its heading is never an employer", () => {
    const cv = boardCv(
      "Team Lead",
      "Team Lead",
      "",
      "Zentra -",
      "",
      "June 2019 to Present",
      "",
      "ADDITIONAL INFORMATION",
      "",
      "Employment History:",
      "• Quellin - Process Expert (2015-2019)",
      "• Tarvo Infotech - Support Engineer (2012-2015)",
    );
    expect(jobRows(cv)).toEqual([
      ["Team Lead", "Zentra", "2019-06"],
      ["Process Expert", "Quellin", "2015"],
      ["Support Engineer", "Tarvo Infotech", "2012"],
    ]);
  });
});
