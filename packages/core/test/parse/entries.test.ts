import { describe, expect, it } from "vitest";
import { type ExtractedDocument, parseResume, type ResumeCardV1 } from "../../src";
import { findDates } from "../../src/parse/dates";
import { unemphasize } from "../../src/parse/text";
import { textDoc } from "./helpers";

/** General rules for experience and education entries, each on a small invented CV. */

const now = new Date("2025-06-15T00:00:00Z");
const parse = (doc: ExtractedDocument): ResumeCardV1 => parseResume(doc, { now });
const cv = (body: string) => textDoc(`Jane Roe\njane.roe@example.com\n\n${body}`);
const jobs = (card: ResumeCardV1) =>
  card.work_experience.map((w) => [w.title, w.company, w.location?.city ?? null, w.start, w.end]);
const schools = (card: ResumeCardV1) => card.education.map((e) => [e.degree, e.field, e.institution]);
function expectEvidenceOnText(card: ResumeCardV1, doc: ExtractedDocument) {
  for (const e of card.evidence) expect(doc.text.slice(e.start ?? 0, e.end ?? 0)).toBe(e.quote);
}

describe("Markdown emphasis", () => {
  it("is taken off lines without moving offsets", () => {
    expect(unemphasize("*Acme, Aarhus*")).toEqual({ text: "Acme, Aarhus", skip: 1 });
    expect(unemphasize("**Engineer** — Acme")).toEqual({ text: "Engineer   — Acme", skip: 2 });
    expect(unemphasize("* a bullet")).toEqual({ text: "* a bullet", skip: 0 });
    expect(unemphasize("snake_case_name")).toEqual({ text: "snake_case_name", skip: 0 });
  });

  it("lets italic company and date lines be read as an entry header", () => {
    const doc = cv(
      "## Experience\n\n### Frontend Developer\n*Lakeside Digital, Aarhus*\n*Feb 2022 – Present*\n- Built the portal\n\n### Web Developer\n_Harbour Media, Vejle_\n*Sep 2019 – Jan 2022*\n- Built sites",
    );
    const card = parse(doc);
    expect(jobs(card)).toEqual([
      ["Frontend Developer", "Lakeside Digital", "Aarhus", "2022-02", null],
      ["Web Developer", "Harbour Media", "Vejle", "2019-09", "2022-01"],
    ]);
    expectEvidenceOnText(card, doc);
  });
});

describe("experience entry headers", () => {
  it("reads an unknown city after the company as a place, not part of the company", () => {
    const card = parse(
      cv(
        "Work Experience\nData Analyst\nGreyfield Retail Group, Columbus\n2021-04 – Present\nBusiness Intern\nHarbor Analytics Co., Cleveland\n2020-06 – 2021-03",
      ),
    );
    expect(jobs(card)).toEqual([
      ["Data Analyst", "Greyfield Retail Group", "Columbus", "2021-04", null],
      ["Business Intern", "Harbor Analytics Co.", "Cleveland", "2020-06", "2021-03"],
    ]);
  });

  it("reads 'City, ST' and 'City, Country' whole after the company", () => {
    const card = parse(
      cv(
        "Experience\nSenior Engineer, Acme Inc., San Jose, CA    Jan 2019 - Present\nEngineer — Initech ApS, Aarhus, Denmark    Feb 2015 - Dec 2018",
      ),
    );
    expect(card.work_experience.map((w) => [w.company, w.location?.city, w.location?.country])).toEqual([
      ["Acme Inc.", "San Jose", "US"],
      ["Initech ApS", "Aarhus", "Denmark"],
    ]);
  });

  it("reads a company header ('Company — City') with the role and dates under it", () => {
    const card = parse(
      cv(
        "EXPÉRIENCE PROFESSIONNELLE\nConserverie de l'Erdre — Nantes\nTechnicien de maintenance (mars 2018 - aujourd'hui)\n- Maintenance préventive\nAtelier Loire Industrie — Saint-Nazaire\nÉlectromécanicien (juin 2015 - février 2018)\n- Dépannage",
      ),
    );
    expect(jobs(card)).toEqual([
      ["Technicien de maintenance", "Conserverie de l'Erdre", "Nantes", "2018-03", null],
      ["Électromécanicien", "Atelier Loire Industrie", "Saint-Nazaire", "2015-06", "2018-02"],
    ]);
  });

  it("keeps an entry whose roles the words cannot tell in the layout of the surer entries", () => {
    const card = parse(
      cv(
        "Erhvervserfaring\nNordlys Handel ApS — København\nBogholder (09/2019 – nu)\nBredgade Revision — Hobro\nRevisorassistent (08/2016 – 08/2019)",
      ),
    );
    expect(jobs(card)).toEqual([
      ["Bogholder", "Nordlys Handel ApS", "København", "2019-09", null],
      ["Revisorassistent", "Bredgade Revision", "Hobro", "2016-08", "2019-08"],
    ]);
  });

  it("does not take the line under a whole one-line header for the company", () => {
    const card = parse(
      cv(
        "Work Experience\niOS Developer at Fenland Fitness Ltd, Cambridge    Nov 2020 – Present\nRewrote the workout tracker\nMobile Developer | Granta Apps, Cambridge    Jul 2018 – Oct 2020\nBuilt iOS and Android apps for clients",
      ),
    );
    expect(jobs(card)).toEqual([
      ["iOS Developer", "Fenland Fitness Ltd", "Cambridge", "2020-11", null],
      ["Mobile Developer", "Granta Apps", "Cambridge", "2018-07", "2020-10"],
    ]);
    expect(card.work_experience[1]?.bullets).toEqual(["Built iOS and Android apps for clients"]);
  });

  it("reads German compound role words as titles", () => {
    const card = parse(
      cv(
        "BERUFSERFAHRUNG\nIsar Versicherungs-IT GmbH — München\nSoftwareentwickler (seit 07/2019)\nAlpenblick Software AG — Rosenheim\nBauleiterin (Okt. 2015 – Juni 2019)",
      ),
    );
    expect(jobs(card)).toEqual([
      ["Softwareentwickler", "Isar Versicherungs-IT GmbH", "München", "2019-07", null],
      ["Bauleiterin", "Alpenblick Software AG", "Rosenheim", "2015-10", "2019-06"],
    ]);
  });
});

describe("date ranges broken over two lines", () => {
  it("joins a range cut after its dash or after a month name, with evidence on the source", () => {
    const doc = cv(
      "Work Experience\nFull-Stack Engineer — Aspen Ridge Software, Denver 2021-06 –\nPresent\n• Built the product\nFinancial Controller | Limfjord Components A/S, Aalborg April\n2019 - March 2021\n• Consolidation",
    );
    const card = parse(doc);
    expect(jobs(card)).toEqual([
      ["Full-Stack Engineer", "Aspen Ridge Software", "Denver", "2021-06", null],
      ["Financial Controller", "Limfjord Components A/S", "Aalborg", "2019-04", "2021-03"],
    ]);
    expectEvidenceOnText(card, doc);
  });

  it("reads two-digit end years and 'd.d.' / 'laufend' as open ends", () => {
    const read = (t: string) => findDates(t, now).map((h) => [h.start, h.end, h.current]);
    expect(read("2015–19")).toEqual([["2015", "2019", false]]);
    expect(read("1998 - 02")).toEqual([["1998", "2002", false]]);
    expect(read("2019-03")).toEqual([]);
    expect(read("2019 – d.d.")).toEqual([["2019", null, true]]);
    expect(read("Jan 2019 – laufend")).toEqual([["2019-01", null, true]]);
  });
});

describe("education entries", () => {
  it("reads what is written before the school as the degree when no degree word is known", () => {
    const card = parse(
      cv(
        "Uddannelse\nLogistikøkonom — Erhvervsakademi Sydjylland, 2011 – 2013\n\nEducation\nPGCE, Secondary Mathematics — Taff Valley University, 2016 – 2017\nHorticulture Diploma, Kew Gardens School, 2009",
      ),
    );
    expect(schools(card)).toEqual([
      ["Logistikøkonom", null, "Erhvervsakademi Sydjylland"],
      ["PGCE", "Secondary Mathematics", "Taff Valley University"],
      ["Horticulture Diploma", null, "Kew Gardens School"],
    ]);
  });

  it("knows more degree words and Danish definite school names", () => {
    const card = parse(
      cv(
        "Uddannelse\nProfessionsbachelor, Sygepleje\nProfessionshøjskolen Lillebælt\n2011 – 2015\nHF, Roskilde Katedralskole, 2008 – 2010\nCand.polyt., Byggeri — Danmarks Tekniske Universitet\n\nEducation\nNVQ Level 3, Electrotechnical Services — Swansea Bay College, 2012 - 2016\nMPharm, Pharmacy — University of the Dales, 2012 - 2016\nBFA, Interaction Design\nPacific Crest College of Art\nFoundation Degree, Logistics\nSuffolk Coast College",
      ),
    );
    expect(schools(card)).toEqual([
      ["Professionsbachelor", "Sygepleje", "Professionshøjskolen Lillebælt"],
      ["HF", null, "Roskilde Katedralskole"],
      ["Cand.polyt.", "Byggeri", "Danmarks Tekniske Universitet"],
      ["NVQ Level 3", "Electrotechnical Services", "Swansea Bay College"],
      ["MPharm", "Pharmacy", "University of the Dales"],
      ["BFA", "Interaction Design", "Pacific Crest College of Art"],
      ["Foundation Degree", "Logistics", "Suffolk Coast College"],
    ]);
  });

  it("starts a new entry at a degree under a complete one-line entry", () => {
    const card = parse(
      cv(
        "Education\nCertificate in Project Management, Westlake Community College, 2019\nBachelor of Arts in History\nUniversity of Somewhere",
      ),
    );
    expect(schools(card)).toEqual([
      ["Certificate", "Project Management", "Westlake Community College"],
      ["Bachelor of Arts", "History", "University of Somewhere"],
    ]);
  });
});
