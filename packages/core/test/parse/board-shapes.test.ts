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
type JobRow = [string | null, string | null, string | null];

/** An experience section's lines, and the jobs (title, employer, start) the parser must read from them. */
const noCueShapes: Array<{ shape: string; lines: string[]; jobs: JobRow[] }> = [
  {
    shape: "dates, then a title, then an employer, each in a paragraph of its own",
    lines: [
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
    ],
    jobs: [
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ],
  },
  {
    shape: "a duty under the title, left out of the header",
    lines: ["June 2015 to Present", "", "Process Expert", "", "Handled customer calls.", ""],
    jobs: [["Process Expert", null, "2015-06"]],
  },
  {
    shape: "a title and an employer line typed in lower case into a job board's form",
    lines: [
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
    ],
    jobs: [
      ["process expert", "quellin tech", "2015-06"],
      ["support engineer", "tarvo", "2012-05"],
    ],
  },
  {
    shape: "'Employer - Title' over the dates, read once and not again as a role of its own",
    lines: [
      "Quellin - Team Lead",
      "Jun 2017 to Present",
      "",
      "Tarvo Infotech - Support Engineer",
      "May 2012 to May 2015",
    ],
    jobs: [
      ["Team Lead", "Quellin", "2017-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ],
  },
  {
    shape: "a labelled line that also holds the dates, read by its label",
    lines: [
      "Company: Quellin (June 2015 – Present)",
      "Role: Process Expert",
      "",
      "Company: Tarvo Infotech (May 2012 – May 2015)",
      "Role: Support Engineer",
    ],
    jobs: [
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ],
  },
  {
    shape: "the word that leads into the dates, left out of the employer",
    lines: [
      "Process Expert at Quellin from June 2015 to May 2017",
      "Support Engineer at Tarvo since May 2012",
    ],
    jobs: [
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ],
  },
  {
    shape: "a lower-case description in brackets after the title, part of it and not the employer",
    lines: [
      "Process Expert (voice process, international telecom client)",
      "",
      "Quellin -  Pune, Maharashtra -",
      "",
      "June 2015 to Present",
    ],
    jobs: [["Process Expert (voice process, international telecom client)", "Quellin", "2015-06"]],
  },
  {
    shape: "an employer line with a bracketed client, read without it",
    lines: [
      "Process Expert",
      "",
      "Quellin (Client: Tarvo) -  Pune, Maharashtra -",
      "",
      "June 2015 to Present",
    ],
    jobs: [["Process Expert", "Quellin", "2015-06"]],
  },
  {
    shape: "a 'Work Summary' or 'Job Profile' sub-heading inside an entry, after which jobs go on",
    lines: [
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
    ],
    jobs: [
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ],
  },
  {
    shape: "a long title typed above the employer line",
    lines: [
      "Senior Process Expert and Team Lead for Customer Care Operations Team",
      "",
      "Quellin -  Pune, Maharashtra -",
      "",
      "June 2015 to Present",
    ],
    jobs: [["Senior Process Expert and Team Lead for Customer Care Operations Team", "Quellin", "2015-06"]],
  },
];

describe("job-board shapes with no cue on the employer", () => {
  it.each(noCueShapes)("reads $shape", ({ lines, jobs }) => {
    expect(jobRows(experienceCv(...lines))).toEqual(jobs);
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
  /** One job-board entry at Zentra, with the given lines of duties under it. */
  const atZentra = (...duties: string[]) =>
    boardCv(
      "Escalation Engineer",
      "Escalation Engineer",
      "",
      "Zentra -",
      "",
      "June 2016 to Present",
      ...duties,
    );

  it("reads a name a legal suffix closes, after at/with/in, as an employer whatever verb leads", () => {
    const cv = atZentra().replace(
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
      jobRows(atZentra("", "• Supported the billing platform used at Quellin India Private Ltd.")),
    ).toEqual([["Escalation Engineer", "Zentra", "2016-06"]]);
  });

  it("reads a firm a sentence states the writer works in, inside an entry named for another (the client), as a job", () => {
    expect(
      jobRows(atZentra("", "• Working on the client's help desk in Quellin Solutions Private Limited.")),
    ).toEqual([
      ["Escalation Engineer", "Zentra", "2016-06"],
      [null, "Quellin Solutions Private Limited", null],
    ]);
  });

  it("reads no client field and no two-letter suffix ('in SE Asia') as a firm", () => {
    const cv = atZentra().replace(
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

  it("reads a second title after 'as' in the same sentence, and an organisation after 'under'", () => {
    expect(
      stated("Served as Support Analyst until 2019 and as Team Lead after that with Quellin Labs."),
    ).toEqual([
      ["Support Analyst", "Quellin Labs"],
      ["Team Lead", "Quellin Labs"],
    ]);
    expect(stated("Served as a Trainee under Tarvo Research Centre as a Data Clerk in 2014.")).toEqual([
      ["Trainee", "Tarvo Research Centre"],
      ["Data Clerk", "Tarvo Research Centre"],
    ]);
    expect(stated("Worked as an Intern under Mira Holt, such as Team Lead tasks.")).toEqual([
      ["Intern", null],
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

/*
 * Tenth round, made-up text: shapes the ninth round left (a bare name after "in", a promotion, a
 * LinkedIn role under its predecessor's duties, a LinkedIn headline).
 */
describe("a job with its employer after 'in' or 'with', no organisation word in the name", () => {
  it("reads a bare name after the title as the employer", () => {
    expect(
      jobRows(experienceCv("Software Engineer in Quellin", "June 2015 - May 2017", "Wrote code.")),
    ).toEqual([["Software Engineer", "Quellin", "2015-06"]]);
    expect(
      jobRows(experienceCv("Support Analyst with Tarvo Zentra", "June 2012 - May 2015", "Fixed printers.")),
    ).toEqual([["Support Analyst", "Tarvo Zentra", "2012-06"]]);
  });

  it("keeps a field of work, a skill, a language or a place after 'in' in the title", () => {
    for (const title of [
      "Analyst in Finance",
      "Consultant in Operations",
      "Developer in Java",
      "Teacher in English",
      "Process Expert in Pune",
    ])
      expect(jobRows(experienceCv(title, "June 2015 - May 2017", "Wrote code."))).toEqual([
        [title, null, "2015-06"],
      ]);
  });
});

describe("a numbered list of jobs", () => {
  it("reads the employer without the list's number", () => {
    expect(
      jobRows(
        experienceCv(
          "1. Quellin - Process Expert (June 2015 - Present)",
          "2. Tarvo - Support Engineer (May 2012 - May 2015)",
        ),
      ),
    ).toEqual([
      ["Process Expert", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo", "2012-05"],
    ]);
  });
});

describe("a promotion inside an entry", () => {
  const entry = (promotion: string) =>
    boardCv(
      "Team Member",
      "Team Member",
      "",
      "Quellin -  Pune, Maharashtra",
      "",
      "June 2015 to Present",
      "",
      "Handled calls for the billing desk.",
      promotion,
    );

  it("is a role at the entry's employer", () => {
    expect(jobRows(entry("Promoted to Team Lead in March 2017."))).toEqual([
      ["Team Member", "Quellin", "2015-06"],
      ["Team Lead", "Quellin", null],
    ]);
    expect(jobRows(entry("Promoted as Senior Process Expert in 2018"))).toEqual([
      ["Team Member", "Quellin", "2015-06"],
      ["Senior Process Expert", "Quellin", null],
    ]);
  });

  it("ends the title before the reason for the promotion", () => {
    expect(jobRows(entry("Promoted to shift supervisor because of strong audit scores"))).toEqual([
      ["Team Member", "Quellin", "2015-06"],
      ["shift supervisor", "Quellin", null],
    ]);
  });
});

describe("an export that prints each role's length", () => {
  it("keeps the employer for a role listed under the previous role's duties", () => {
    expect(
      jobRows(
        experienceCv(
          "Quellin",
          "5 years",
          "Team Lead",
          "June 2018 - Present (2 years 1 month)",
          "Led a desk of ten people who answered billing calls and trained the new joiners.",
          "Process Expert",
          "June 2016 - May 2018 (2 years)",
          "Answered calls from the billing queue every day of the week.",
          "Trainee",
          "June 2015 - May 2016 (1 year)",
          "",
          "Tarvo Infotech",
          "Support Engineer",
          "May 2012 - May 2015 (3 years)",
        ),
      ),
    ).toEqual([
      ["Team Lead", "Quellin", "2018-06"],
      ["Process Expert", "Quellin", "2016-06"],
      ["Trainee", "Quellin", "2015-06"],
      ["Support Engineer", "Tarvo Infotech", "2012-05"],
    ]);
  });
});

describe("the headline", () => {
  const entry = ["Support Engineer", "", "Brightwell -  Pune, Maharashtra -", "", "June 2015 to Present"];

  it("is a job when it names an employer ('Team Lead at Quellin')", () => {
    expect(jobRows(boardCv("Team Lead at Quellin", ...entry))).toEqual([
      ["Support Engineer", "Brightwell", "2015-06"],
      ["Team Lead", "Quellin", null],
    ]);
  });

  it("stays the headline when it is a title alone: the CV states no such job", () => {
    for (const headline of [
      "Actuarial Analyst",
      "Senior Support Engineer",
      "Education",
      "Sample Teacher Resume",
    ])
      expect(jobRows(boardCv(headline, ...entry))).toEqual([["Support Engineer", "Brightwell", "2015-06"]]);
  });
});

describe("employers listed with their dates in brackets", () => {
  /** A job board's export with a summary line above one entry. */
  const withSummary = (line: string) =>
    [
      "Mira Holt",
      "Process Expert",
      "",
      "Pune, Maharashtra - Email me on Indeed: indeed.com/r/Mira-Holt/abc123",
      "",
      "SUMMARY",
      "",
      line,
      "",
      "WORK EXPERIENCE",
      "",
      "Support Engineer",
      "",
      "Brightwell -  Pune, Maharashtra -",
      "",
      "June 2010 to May 2012",
    ].join("\n");

  it("reads each name with an organisation cue as a dated job, a place between allowed", () => {
    expect(
      jobRows(
        withSummary(
          "Worked at Quellin Technologies, Pune (June 2015 - Present), Tarvo Labs (Feb 2012 - May 2015).",
        ),
      ),
    ).toEqual([
      ["Support Engineer", "Brightwell", "2010-06"],
      [null, "Quellin Technologies", "2015-06"],
      [null, "Tarvo Labs", "2012-02"],
    ]);
  });

  it("reads no school, no labelled client and no lone name with dates", () => {
    const only = [["Support Engineer", "Brightwell", "2010-06"]];
    expect(
      jobRows(withSummary("Studied at Harwick University (2008-2011) and Zentra College (2006-2008).")),
    ).toEqual(only);
    expect(jobRows(withSummary("Clients: Quellin Bank (2015-2016), Tarvo Insurance (2016-2017)."))).toEqual(
      only,
    );
    expect(jobRows(withSummary("Billing revamp for Quellin Bank (2015-2016)."))).toEqual(only);
  });
});
