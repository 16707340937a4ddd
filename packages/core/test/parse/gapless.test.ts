import { describe, expect, it } from "vitest";
import { isFlattened, segmentFlattened } from "../../src/parse/flattened";
import { gaplessCuts, isGapless } from "../../src/parse/gapless";
import { documentWordsLexicon, rolesLexicon } from "../../src/parse/lexicon";
import { parseResume } from "../../src/parse/resume";
import { companyScore } from "../../src/parse/roles";
import { entryTestNow, textDoc } from "./helpers";

/*
 * Flattened text with its gaps collapsed too: one line of single spaces, as a web form, a
 * spreadsheet cell or a data pipeline leaves a CV. Every CV here is made up.
 */
const collapsed = [
  "Mira Holt Data Analyst mira.holt@example.com +44 20 7946 0958 Leeds, UK",
  "PROFILE Analyst who turns sales data into reports that managers read and act on every week, and who teaches them to read the numbers themselves.",
  "WORK EXPERIENCE Senior Data Analyst Zentra Freight Ltd, York Jan 2019 - Present",
  "Built the weekly sales dashboard used by forty store managers across the region. Cut report time by half.",
  "Data Analyst Quellin Technologies Limited, Leeds March 2015 February 2019",
  "Answered analysis requests from the sales team and trained new analysts.",
  "EDUCATION BSc Mathematics, University of Tarvo 2011 - 2014",
  "SKILLS SQL, Python, Excel, Power BI, Tableau, statistics and forecasting, data visualisation, stakeholder management",
].join(" ");

/** The title and employer of each job the card reads from the text. */
function jobsIn(text: string) {
  return parseResume(textDoc(text), { now: entryTestNow }).work_experience.map((j) => [j.title, j.company]);
}

/** The text cut where its lines most likely ended holds each of these lines. */
function expectCuts(text: string, lines: string[]) {
  expect(gaplessCuts(text).split("\t")).toEqual(expect.arrayContaining(lines));
}

describe("flattened text whose gaps were collapsed", () => {
  const doc = textDoc(collapsed);

  it("is told from flattened text that kept its gaps", () => {
    expect(isFlattened(doc)).toBe(true);
    expect(isGapless(collapsed)).toBe(true);
    expect(isGapless(collapsed.replace(/ (?=WORK|EDUCATION|SKILLS|Built|Data Analyst)/g, "    "))).toBe(
      false,
    );
  });

  it("cuts where lines most likely ended, keeping every offset", () => {
    const cut = gaplessCuts(collapsed);
    expect(cut.length).toBe(collapsed.length);
    const texts = segmentFlattened(doc).lines.map((l) => l.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Mira Holt",
        "mira.holt@example.com",
        "PROFILE",
        "WORK EXPERIENCE",
        "Jan 2019 - Present",
        "Cut report time by half.",
        // The dash the lost line break took is put back, in the space's place.
        "March 2015-February 2019",
        "EDUCATION",
        "SKILLS",
      ]),
    );
    for (const line of segmentFlattened(doc).lines) {
      const source = collapsed.slice(line.offset, line.offset + line.text.length);
      expect(source.replace(/-/g, " ")).toBe(line.text.replace(/-/g, " "));
    }
  });

  it("reads the name, the jobs (title and employer with nothing between them) and the degree", () => {
    const card = parseResume(doc, { now: entryTestNow });
    expect(card.personal_info.name).toBe("Mira Holt");
    expect(card.personal_info.email).toBe("mira.holt@example.com");
    expect(
      card.work_experience.map((j) => [j.title, j.company, j.location?.raw, j.start, j.current]),
    ).toEqual([
      ["Senior Data Analyst", "Zentra Freight Ltd", "York", "2019-01", true],
      ["Data Analyst", "Quellin Technologies Limited", "Leeds", "2015-03", false],
    ]);
    expect(card.education.map((e) => [e.degree, e.institution])).toEqual([["BSc", "University of Tarvo"]]);
  });

  it("opens sections at headings in title case only where a line could start", () => {
    const text =
      "Rhea Paxton rhea@example.com Leeds. Education Bachelor of Science, University of Fabrikam 2012 - 2016 " +
      "Employment: Senior Support Analyst Northwind Technologies Ltd, Leeds 2019 - 2023 Ran the support desk for the Ministry of Education Services in Leeds and trained new staff.";
    const texts = segmentFlattened(textDoc(text)).lines.map((l) => l.text);
    expect(texts).toContain("Education");
    expect(texts.some((t) => t.startsWith("Employment:"))).toBe(true);
    // "Ministry of Education Services" is a name: no section opens inside it.
    expect(texts.some((t) => t.includes("Ministry of Education Services"))).toBe(true);
  });

  it("keeps a title in capitals whole, and takes a word in capitals before a heading as the heading's", () => {
    const text =
      "Mira Holt mira@example.com Leeds WORK HISTORY Zentra Freight Ltd, York (2011 - Present) HEAD OF REGIONAL STORE PROJECTS / PROGRAMME OFFICE " +
      "Ran the programme office for forty projects. UNIVERSITARY EDUCATION BSc Mathematics, University of Tarvo 2011 - 2014";
    const texts = segmentFlattened(textDoc(text)).lines.map((l) => l.text);
    expect(texts.some((t) => t.startsWith("HEAD OF REGIONAL STORE PROJECTS / PROGRAMME"))).toBe(true);
    expect(texts).toContain("UNIVERSITARY EDUCATION");
    expect(texts).toContain("(2011 - Present)");
  });

  it("takes its word lists from the codex: no cut after 'e.g.', none before a name like 'Limited'", () => {
    expect(documentWordsLexicon.abbreviations_leading_on).toContain("e.g");
    expect(documentWordsLexicon.past_tense_names).toContain("Limited");
    const text =
      "Mira Holt mira@example.com Built reports for retail chains, e.g. Zentra Foods and Tarvo Stores, every week. " +
      "Analyst at Quellin Limited in Leeds Designed the weekly stock forecast for the buyers.";
    const cut = gaplessCuts(text).split("\t");
    expect(cut).toContain("Built reports for retail chains, e.g. Zentra Foods and Tarvo Stores, every week.");
    expect(cut).toContain("Analyst at Quellin Limited in Leeds");
    expect(cut).toContain("Designed the weekly stock forecast for the buyers.");
  });

  it("takes the words that lead into a name from the codex: no section opens after any of them", () => {
    expect(documentWordsLexicon.function_words).toContain("of");
    const cutAt = (word: string) =>
      gaplessCuts(
        `Mira Holt mira@example.com Leeds. Taught evening classes ${word} Education 2016 - 2018 at Zentra College.`,
      )
        .split("\t")
        .includes("Education");
    for (const word of documentWordsLexicon.function_words) expect(cutAt(word), word).toBe(false);
    // Any other word in lower case before it: the heading opens its section at its first dates.
    expect(cutAt("weekly")).toBe(true);
  });

  it("reads two headings in capitals side by side, a heading opening the text, and dates in brackets", () => {
    const text =
      '"Education BSc Psychology, University of Tarvo 2009 - 2013 EDUCATION TEACHING EXPERIENCE Teaching Intern Zentra Academy, Leeds (Autumn 2014) ' +
      "Led group sessions for teenagers. Professional Experience Assistant Manager, Quellin Foods, York 2015 - Present " +
      "Ran the timetable. AWARDS Dean's List 2010 2011 2012 2013\"";
    const texts = segmentFlattened(textDoc(text)).lines.map((l) => l.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Education",
        "EDUCATION",
        "TEACHING EXPERIENCE",
        "(Autumn 2014)",
        "Professional Experience",
        "Assistant Manager, Quellin Foods, York",
        "2015 - Present",
      ]),
    );
    // A list of years is no range: no dash is put between them.
    expect(texts.some((t) => t.includes("2010 2011 2012 2013"))).toBe(true);
  });

  it("ends a sentence on a name after a word in lower case, and opens a section after a list's last word", () => {
    const text =
      "Mira Holt mira@example.com Summary Platform engineer with eight years of building container platforms and data pipelines for freight companies. " +
      "Experience Senior Platform Engineer Nordvik Freight AB - York March 2021 to Present " +
      "Moved the build servers to Terraform. Platform Engineer Zentra Retail Group - Leeds June 2017 to February 2021 " +
      "Ran the nightly builds at Quellin Ltd. Skills Kubernetes, Terraform, Go, researching markets Languages Swedish (native), English (fluent)";
    expect(text.length).toBeGreaterThan(400);
    const texts = gaplessCuts(text).split("\t");
    expect(texts).toContain("Moved the build servers to Terraform.");
    // "Quellin Ltd." is a name's own full stop: no sentence ends there.
    expect(texts.some((t) => t.includes("at Quellin Ltd. Skills") || t.endsWith("at Quellin Ltd."))).toBe(
      true,
    );
    expect(texts).toContain("Languages");
    const card = parseResume(textDoc(text), { now: entryTestNow });
    expect(card.work_experience.map((j) => [j.title, j.company])).toEqual([
      ["Senior Platform Engineer", "Nordvik Freight AB"],
      ["Platform Engineer", "Zentra Retail Group"],
    ]);
    expect(card.languages.map((l) => l.language)).toEqual(["sv", "en"]);
  });

  it("opens experience and education at a title-case heading before their first dates or degree", () => {
    const text =
      "Mira Holt mira@example.com Leeds Resume Education BSc Mathematics, University of Tarvo 2011 - 2014 Experience March 2015 - Present " +
      "Data Analyst, Quellin Foods, Leeds. Taught evening classes in Adult Education 2016 - 2018 at the Ministry of Education 2017 office.";
    const texts = gaplessCuts(text).split("\t");
    expect(texts).toEqual(expect.arrayContaining(["Education", "Experience", "March 2015 - Present"]));
    // "Adult Education 2016 - 2018" and "of Education 2017" name a field and an office, no section.
    expect(texts.some((t) => t.endsWith("in Adult Education"))).toBe(true);
    expect(texts.some((t) => t.startsWith("at the Ministry of Education 2017"))).toBe(true);
  });

  it("reads the name that opens the text whatever its first name, and no street as a name", () => {
    const profile =
      "PROFILE Marketing manager who plans campaigns for retail brands and measures what they sell, with eight years in agencies. " +
      "EXPERIENCE Marketing Manager Zentra Retail Group, Leeds March 2018 - Present Planned the spring campaigns for forty stores. " +
      "Marketing Assistant Quellin Foods Ltd, York June 2014 - February 2018 Wrote the weekly offers and ran the loyalty mailings.";
    // A first name the gazetteer does not hold: the name is the text's first words all the same.
    const opening = gaplessCuts(
      `"Zorvy Quellin Marketing manager 12 Ash Lane Leeds zorvy@example.com ${profile}"`,
    );
    expect(opening.split("\t").map((t) => t.replace(/^"/, ""))).toContain("Zorvy Quellin");
    const named = parseResume(
      textDoc(`"Rhea Quellin Marketing manager 12 Ash Lane Leeds rhea@example.com ${profile}"`),
      {
        now: entryTestNow,
      },
    );
    expect(named.personal_info.name).toBe("Rhea Quellin");
    const street = gaplessCuts(`Mira Holt 1515 Stanley Drive Leeds mira@example.com ${profile}`).split("\t");
    expect(street).toContain("Mira Holt");
    expect(street).not.toContain("Stanley Drive");
  });

  it("keeps a heading joined to another as one, and opens it before its colon and first dates", () => {
    const profile =
      "PROFILE Planner who schedules freight for retail chains and keeps the trucks full, with ten years on the road and in the office. " +
      "WORK EXPERIENCE Transport Planner Zentra Freight Ltd, York March 2016 - Present Planned the routes of forty trucks and cut empty miles by a fifth over two winters. Trained four new planners. ";
    const joined = gaplessCuts(
      `Mira Holt ${profile}EDUCATION & TRAINING QUELLIN UNIVERSITY, Leeds BSc in Logistics 2012 - 2015 SKILLS Routing, Excel`,
    ).split("\t");
    expect(joined).toContain("EDUCATION & TRAINING");
    expect(joined).not.toContain("TRAINING");
    const card = parseResume(
      textDoc(
        `Mira Holt ${profile}Education & Certifications Quellin University, Leeds BSc in Logistics 2012 - 2015`,
      ),
      { now: entryTestNow },
    );
    expect(card.education.map((e) => [e.institution, e.degree])).toContainEqual([
      "Quellin University",
      "BSc",
    ]);
    // After a word in lower case and before its colon and its first dates, a heading of joined
    // words opens the section: the lines after it are its entries.
    const colon = gaplessCuts(
      `Mira Holt ${profile}Keen cyclist and reader Education and Licences Held: 2012 - 2015 BSc in Logistics, Quellin University, Leeds.`,
    ).split("\t");
    expect(colon).toContain("Education and Licences Held:");
  });

  it("ends a school's line at its place before a degree, and at a year before the next school or degree", () => {
    const text =
      "EDUCATION QUELLIN UNIVERSITY, Leeds BSc in Logistics, 2012 TARVO COLLEGE OF TECHNOLOGY, Dayton, OH Master of Arts in Physics, 2009 SKILLS Routing";
    expectCuts(text, [
      "QUELLIN UNIVERSITY, Leeds",
      "BSc in Logistics, 2012",
      "TARVO COLLEGE OF TECHNOLOGY, Dayton, OH",
      "Master of Arts in Physics, 2009",
    ]);
    expect(
      gaplessCuts("MBA, Finance, University of Tarvo, 2002 BSc, Logistics, Quellin College, 1999").split(
        "\t",
      ),
    ).toEqual(["MBA, Finance, University of Tarvo, 2002", "BSc, Logistics, Quellin College, 1999"]);
    // A degree written out in full after a name starts its line; in a sentence, or as a title, it does not.
    expect(
      gaplessCuts(
        "EDUCATION Tarvo University, Leeds, UK Masters in Supply Chain Management and Data Science Bachelor of Science in Logistics",
      ).split("\t"),
    ).toEqual(
      expect.arrayContaining([
        "Masters in Supply Chain Management and Data Science",
        "Bachelor of Science in Logistics",
      ]),
    );
    expect(gaplessCuts("Mira holds a Diploma in Nursing. Zentra Master Electrician of the year")).toBe(
      "Mira holds a Diploma in Nursing.\tZentra Master Electrician of the year",
    );
    // A year before a name that is no school, and a place before no degree (nor a title), end nothing.
    const other = gaplessCuts("Joined in 2012 Zentra Freight Ltd, Leeds Harbour routes").split("\t");
    expect(other).toEqual(["Joined in 2012 Zentra Freight Ltd, Leeds Harbour routes"]);
  });

  it("ends an entry's header at its place's full stop, and no name at its own", () => {
    const text =
      "2016 - 2019 Lead Engineer, Zentra Maps, Mountain View. Delivered the offline maps for trains. Quellin Ltd. Paid for the trips.";
    const texts = gaplessCuts(text).split("\t");
    expect(texts).toContain("Lead Engineer, Zentra Maps, Mountain View.");
    expect(texts).toContain("Quellin Ltd. Paid for the trips.");
  });

  it("starts a duty at a capitalised verb after a name or a title, but keeps a title that goes on", () => {
    expect(documentWordsLexicon.duty_verbs).toContain("oversee");
    expect(documentWordsLexicon.duty_openers).toContain("responsible");
    const text =
      "2015 - 2019 Print Manager, Tarvo Books Assist the editors with every print run. " +
      "2012 - 2015 Head of Sales Oversee 12 agents across Spain " +
      "2010 - 2012 Lead Analyst Responsible for the weekly stock forecast " +
      "2008 - 2010 Lead Engineer Quellin Ltd Training coordinator for new staff";
    expectCuts(text, [
      "Print Manager, Tarvo Books",
      "Assist the editors with every print run.",
      "Head of Sales",
      "Oversee 12 agents across Spain",
      "Lead Analyst",
      "Responsible for the weekly stock forecast",
      // "Lead" before a capital, and "Training" before a role noun, open no duty.
      "Lead Engineer Quellin Ltd Training coordinator for new staff",
    ]);
  });

  it("reads a title and its employer run on into one long line under the dates", () => {
    const text =
      "Mira Holt mira@example.com PROFILE Economist who has taught health policy to graduate students for twenty years and who runs the school's data programme. " +
      "PROFESSIONAL EXPERIENCE 2004 - 2008 Associate Director Quellin School of Nursing and Midwifery Tarvo Valley University " +
      "2001 - 2005 Senior Lecturer Quellin School of Nursing and Midwifery Tarvo Valley University EDUCATION PhD Economics, University of Quellin 2001 " +
      "SKILLS Stata, R, survey design, health economics, cost-effectiveness analysis, grant writing, teaching";
    expect(jobsIn(text)).toEqual([
      ["Associate Director", "Quellin School of Nursing and Midwifery Tarvo Valley University"],
      ["Senior Lecturer", "Quellin School of Nursing and Midwifery Tarvo Valley University"],
    ]);
  });

  it("starts the next entry's header where a duty ran on into it before its dates", () => {
    const text =
      "Tested the brakes and wrote up the results Zentra Racing Leeds, Kentucky Team Leader 2009 - 2011 " +
      "Planned the pit crew rota and moved the parts ledger to Quellin Cloud 2005 - 2009 Kept the garage open late.";
    expectCuts(text, [
      "Tested the brakes and wrote up the results",
      // The place before the title ends the employer's line too.
      "Zentra Racing Leeds, Kentucky",
      "Team Leader",
      // A run of names with no role noun, organisation word or place is no header.
      "Planned the pit crew rota and moved the parts ledger to Quellin Cloud",
    ]);
  });

  it("ends an employer's line at its place before a title, and the title before the sentence after it", () => {
    const text =
      "1974 to 1975 Tarvo Tooling, Dover, NJ Machine Operator Set up the lathes for the night shift. " +
      "2006 to 2008 Quellin Software, Santa Rosa, California Sr. Test Engineer Wrote the test plans for each build.";
    expectCuts(text, [
      "Tarvo Tooling, Dover, NJ",
      "Machine Operator",
      "Set up the lathes for the night shift.",
      "Quellin Software, Santa Rosa, California",
      "Sr. Test Engineer",
      "Wrote the test plans for each build.",
    ]);
    expect(gaplessCuts("Joined in 2012 Zentra Freight Ltd, Leeds Planner of routes").split("\t")).toEqual([
      "Joined in 2012 Zentra Freight Ltd, Leeds",
      "Planner of routes",
    ]);
    // A title whose role noun is not after its last slash ("Shift Lead/Packing") is one too.
    expectCuts(
      "1999 to 2004 Quellin Foods, Dover, NJ Shift Lead/Packing Drafted the test plans for each batch.",
      [
        "1999 to 2004",
        "Quellin Foods, Dover, NJ",
        "Shift Lead/Packing",
        "Drafted the test plans for each batch.",
      ],
    );
    // Trades name their jobs too ("maker", "millwright", "fitter": roles.json role_nouns).
    expectCuts("1990 to 1995 Quellin Tooling, Dover, NJ Press Tool Maker Built the dies for the presses.", [
      "Quellin Tooling, Dover, NJ",
      "Press Tool Maker",
    ]);
    // A place before a name that is no title ends nothing.
    expect(gaplessCuts("Zentra Ltd, Leeds Quellin Street depot")).toBe(
      "Zentra Ltd, Leeds Quellin Street depot",
    );
  });

  it("reads a heading before a list's first mark, and after its section's number", () => {
    // Left whole, the publications' years read as a run of jobs.
    expectCuts(
      "Ran the reading club for pupils. Publications a) Reviewed articles Holt, M. (2006). A study of reading.",
      ["Publications", "a)"],
    );
    expectCuts("…and speech therapy VI Publications Holt, M. (2006). A study of reading.", ["Publications"]);
    expectCuts("Reading groups for pupils 4. Presentations Holt, M. (2009). Reading aloud.", [
      "Presentations",
    ]);
    // A word in lower case or a function word before it still keeps it in its sentence.
    expect(gaplessCuts("Wrote the list of Publications a) for the library").split("\t")).toEqual([
      "Wrote the list of Publications a) for the library",
    ]);
  });

  it("reads a heading whose letters small capitals or kerning set apart", () => {
    const text =
      "Led the staff meetings weekly. P ROFESSIONAL E XPERIENCE Head Teacher, Zentra Primary, Dover, NJ 2009 - 2016 " +
      "Raised reading scores. Event Planning Ex pe ri en ce Quellin Store, Leeds 1997 to 2009";
    expectCuts(text, [
      "P ROFESSIONAL E XPERIENCE",
      "Head Teacher, Zentra Primary, Dover, NJ",
      "Ex pe ri en ce",
      "Quellin Store, Leeds",
    ]);
    // A run of letters alone that spells no heading stays as written.
    expect(gaplessCuts("Kept the A B C log")).toBe("Kept the A B C log");
  });

  it("starts an entry's parts after its header's last name, and reads a shop after its title as the employer", () => {
    const cut = (text: string) => gaplessCuts(text).split("\t");
    expect(
      cut("Sales Assistant, Tarvo Books, Leeds Responsibilities & Achievements Served customers"),
    ).toEqual(["Sales Assistant, Tarvo Books, Leeds", "Responsibilities & Achievements", "Served customers"]);
    // A sentence that opens with the word goes on after it.
    expect(cut("2011 - 2013 Team Member Zentra Grill, Leeds Responsibilities included the till")).toEqual([
      "2011 - 2013",
      "Team Member Zentra Grill, Leeds",
      "Responsibilities included the till",
    ]);
    const text =
      "Mira Holt mira@example.com PROFILE Web developer who builds and looks after the websites of small shops in the city, from design to hosting. " +
      "WORK EXPERIENCE Feb 2015 - Present Shop Assistant Quellin Corner Shop, Leeds Responsibilities • Kept the online catalogue current " +
      "EDUCATION Diploma of Web Design, Tarvo Institute 2013 SKILLS Figma, WordPress, PHP, typography, search engine optimisation, shop photography";
    expect(jobsIn(text)).toEqual([["Shop Assistant", "Quellin Corner Shop"]]);
  });

  it("takes an unknown first name before a known one into the name, and ends a name at its comma", () => {
    expect(
      gaplessCuts("Sales Clerk Resume Template Zorvy Levi Quellin 12 Ash Lane, Leeds").split("\t"),
    ).toContain("Zorvy Levi Quellin");
    // The degrees and credentials after the comma stay on the name's line, where they are read as degrees.
    expect(gaplessCuts("Zorvy Levi Quellin, M.A. zorvy@example.com").split("\t")).toEqual([
      "Zorvy Levi Quellin, M.A.",
      "zorvy@example.com",
    ]);
    expect(gaplessCuts("Mira Zorvy Quellin, MBA, CPA 12 Ash Lane, Leeds").split("\t")).toEqual([
      "Mira Zorvy Quellin, MBA, CPA",
      "12 Ash Lane, Leeds",
    ]);
    expect(gaplessCuts("Zorvy Levi Quellin, Senior Engineer zorvy@example.com").split("\t")).toEqual([
      "Zorvy Levi Quellin,",
      "Senior Engineer",
      "zorvy@example.com",
    ]);
    // "Ph.D." is a degree's letters too; a degree that leads a phrase ("PhD student") is no name's.
    expect(gaplessCuts("Mira Holt, Ph.D. mira@example.com").split("\t")).toEqual([
      "Mira Holt, Ph.D.",
      "mira@example.com",
    ]);
    expect(gaplessCuts("Mira Holt, PhD student (Logistics) mira@example.com").split("\t")[0]).toBe(
      "Mira Holt,",
    );
  });

  it("ends a sentence on an acronym after a word in lower case, but not on an abbreviation's own full stop", () => {
    expect(
      gaplessCuts("Set up the test rigs for the release and QA. Head of Engineering, Quellin").split("\t"),
    ).toEqual(["Set up the test rigs for the release and QA.", "Head of Engineering, Quellin"]);
    // "U.S." holds full stops of its own and "Tarvo LTD." follows a name: neither ends a sentence.
    expect(gaplessCuts("Served in the U.S. Army as a medic")).toBe("Served in the U.S. Army as a medic");
    expect(gaplessCuts("Joined Tarvo LTD. Zentra bought it")).not.toContain("LTD.\t");
  });

  it("starts a title after a duty whose full stop was lost, or after a year, where a comma or a bracket follows it", () => {
    expectCuts(
      "Kept the weekly rota and signed off the timesheets Shift Supervisor, Tarvo Hotel, Leeds " +
        "Looked after the pupils of the new intake Supply Teacher (part-time) Zentra School, York",
      ["Kept the weekly rota and signed off the timesheets", "Looked after the pupils of the new intake"],
    );
    // One-line entries, each closed by its year.
    expect(
      gaplessCuts(
        "Shift Supervisor, Tarvo Hotel, Leeds, UK, 1998 Night Manager, Quellin Inn, York, 2001",
      ).split("\t"),
    ).toEqual(["Shift Supervisor, Tarvo Hotel, Leeds, UK, 1998", "Night Manager, Quellin Inn, York, 2001"]);
    // After a function word or a role noun the title is the sentence's: "reported to the Sales Director, who…".
    for (const text of [
      "Reported every week to the Sales Director, who set the targets",
      "Stood in for the shift manager Shift Supervisor, Tarvo Hotel",
    ])
      expect(gaplessCuts(text)).toBe(text);
  });

  it("keeps dates after a comma on their short header's line, and apart from a sentence", () => {
    expect(gaplessCuts("Warehouse Intern, March 2011 - June 2012 Quellin Depot, Leeds").split("\t")).toEqual([
      "Warehouse Intern, March 2011 - June 2012",
      "Quellin Depot, Leeds",
    ]);
    expectCuts("Ran the reading club for the pupils in years three and four, 2015 - 2016 Tarvo Centre", [
      "2015 - 2016",
    ]);
  });

  it("reads a heading word that leads a title as the title's, but keeps experience and education headings", () => {
    expect(
      gaplessCuts("BSc, Tarvo University, Leeds, UK Honors Programme Assistant, Quellin College").split("\t"),
    ).toEqual(["BSc, Tarvo University, Leeds, UK", "Honors Programme Assistant, Quellin College"]);
    expectCuts("Read the reports. Experience Assistant Manager, Zentra Foods, York", ["Experience"]);
  });

  it("opens experience before its first date after capitalised words that hold no role, but not inside a title", () => {
    expectCuts("Grade: Merit Warehouse Related Experience Jun 2016 - current Stock Assistant, Tarvo", [
      "Grade: Merit Warehouse Related",
      "Experience",
      "Jun 2016 - current",
    ]);
    const title = "Head of Customer Experience 2015 - 2017 Quellin Telecom, Leeds";
    expect(gaplessCuts(title).split("\t")).toContain("Head of Customer Experience");
    // A heading word after a comma is the header's own ("…, Internship Spring 2015").
    expect(
      gaplessCuts("Ran the tills. Quellin Depot, Wales, Internship Spring 2015 - Set up the racks").split(
        "\t",
      ),
    ).toContain("Quellin Depot, Wales, Internship Spring 2015 - Set up the racks");
  });

  it("parts an employer ending in an organisation word from the title after it, but keeps a title whole", () => {
    expect(
      gaplessCuts("2009 - 2012 Tarvo Regional Hospital Payroll Team Leader Trained the staff").split("\t"),
    ).toEqual(["2009 - 2012", "Tarvo Regional Hospital", "Payroll Team Leader", "Trained the staff"]);
    expectCuts("1999 - 2001 Zentra Freight Group Ltd Senior Route Planner for the northern depots", [
      "Zentra Freight Group Ltd",
      "Senior Route Planner for the northern depots",
    ]);
    // "Bank" is a given name too, but an organisation word: "Zentra Bank Senior…" is no person's name.
    expectCuts("2009 - 2012 Tarvo Zentra Bank Senior Route Planner Trained the staff", [
      "Tarvo Zentra Bank",
      "Senior Route Planner",
    ]);
    // Every word of the codex's employer_ends ends an employer so, and names an organisation.
    for (const end of rolesLexicon.employer_ends) {
      const employer = `Tarvo Quellin ${end[0]?.toUpperCase()}${end.slice(1)}`;
      expectCuts(`2009 - 2012 ${employer} Payroll Team Leader Trained the staff`, [
        employer,
        "Payroll Team Leader",
      ]);
      expect(companyScore(employer), end).toBeGreaterThanOrEqual(2);
    }
    expectCuts("2001 - 2003 Information Systems Security Officer Kept the logs", [
      "Information Systems Security Officer",
    ]);
    // A bullet after the title ends it too, as a glyph or as the byte escapes an export leaves.
    for (const bullet of ["•", "\\xe2\\x80\\xa2"]) {
      const lines = gaplessCuts(
        `2009 - 2012 Tarvo Regional Hospital Payroll Team Leader ${bullet} Ran the payroll`,
      ).split("\t");
      expect(lines[1]).toBe("Tarvo Regional Hospital");
      expect(lines[2]).toMatch(/^Payroll Team Leader /u);
    }
  });

  it("parts a title from the employer after it when an organisation word names the employer", () => {
    expect(
      gaplessCuts("Kept the books. Java Programmer Tarvo Software Services, Leeds, UK 2009 - 2012").split(
        "\t",
      ),
    ).toEqual(["Kept the books.", "Java Programmer", "Tarvo Software Services, Leeds, UK", "2009 - 2012"]);
    expectCuts("Ran the desk. Deputy Director Zentra Institute for Road Safety", [
      "Deputy Director",
      "Zentra Institute for Road Safety",
    ]);
    // After a duty that lost its full stop, a role noun ending the duty too.
    expectCuts("Reported to the manager Java Programmer Tarvo Software Services, Leeds", [
      "Reported to the manager",
      "Java Programmer",
    ]);
    // No organisation word, or "of" after the role noun: one title ("Director of Route Planning").
    expectCuts("Ran the desk. Team Member Quellin Hut, Glasgow", ["Team Member Quellin Hut, Glasgow"]);
    expectCuts("Ran the desk. Director of Tarvo Services", ["Director of Tarvo Services"]);
  });

  it("reads a name with a middle initial, but not a street's initial after a name of three words", () => {
    expect(
      gaplessCuts("CURRICULUM VITAE Mira J. Holt, Ph.D. Tarvo Department 104B Ash Hall").split("\t"),
    ).toContain("Mira J. Holt, Ph.D.");
    expectCuts("Resume Mira J. Holt Route Planner 12 Ash Street", ["Mira J. Holt"]);
    expect(gaplessCuts("Mira Zorvy Holt W. Ash St., Leeds Phone: 0113 496 0000").split("\t")[0]).not.toMatch(
      /W\.$/u,
    );
  });

  it("reads a name whose surname is a given name too before a house number", () => {
    // "Holt" is in the given-name data as well: the name still ends before the address.
    expectCuts("Experienced Teacher Mira Holt 1640 Ash Street Leeds", ["Mira Holt", "1640 Ash Street Leeds"]);
    expectCuts("Resume Mira Holt mira@example.com", ["Mira Holt"]);
  });

  it("reads a name written with a capital inside it, and no street or document title as one", () => {
    expect(gaplessCuts("Zorvy McQuellin PhD, Counsel at Law").split("\t")).toContain("Zorvy McQuellin");
    expect(gaplessCuts("Mira O'Holt 12 Tarvo Lane, Leeds").split("\t")).toContain("Mira O'Holt");
    // Three given names before the street's name: the street keeps its own word.
    expect(gaplessCuts("Mira Jane Anna Pearl St., Leeds").split("\t")).toContain("Mira Jane Anna");
    // A title before the document's own word is the document's title.
    expect(gaplessCuts("Sales Editor Resume Template Maria Quellin 12 Ash Lane").split("\t")).toEqual(
      expect.arrayContaining(["Sales Editor Resume Template", "Maria Quellin"]),
    );
    // …and before a function word ("Grant" is a given name, "Writer" a role noun).
    expect(
      gaplessCuts("Grant Writer for Charities Resume Template Maria Quellin 12 Ash Lane").split("\t"),
    ).toEqual(expect.arrayContaining(["Grant Writer for Charities Resume Template", "Maria Quellin"]));
  });

  it("reads no name with a function word in it ('Own Your Future' over the name)", () => {
    const doc = textDoc("Own Your Future\nZorvy Quellin\n12 Ash Lane, Leeds\nzorvy@example.com\n");
    expect(parseResume(doc, { now: entryTestNow }).personal_info.name).toBe("Zorvy Quellin");
  });

  it("starts a degree written in capitals before 'in' after a name, but not a firm's name", () => {
    expect(gaplessCuts("Tarvo University, Leeds BA in Logistics MS in Data Science").split("\t")).toEqual(
      expect.arrayContaining(["BA in Logistics", "MS in Data Science"]),
    );
    expect(gaplessCuts("Worked at IBM in London for Zentra")).toBe("Worked at IBM in London for Zentra");
  });

  it("ends a header right after its dates where the words go on in lower case", () => {
    expectCuts(
      "2001-2004: CHIEF SURVEYOR, ZENTRA HARBOUR BOARD with a crew of six on the north quay. 1998-2001: Project Manager in Leeds responsible for the billing team.",
      [
        "CHIEF SURVEYOR, ZENTRA HARBOUR BOARD",
        "with a crew of six on the north quay.",
        "Project Manager in Leeds",
        "responsible for the billing team.",
      ],
    );
    // No role noun, no header: "2015-2016: Travelled the world and worked on farms" stays whole.
    expect(gaplessCuts("2015-2016: Travelled the world and worked on farms")).not.toContain("\tworked");
  });
});
