import { describe, expect, it } from "vitest";
import { resolveNormalizer } from "../../src/parse/normalizer";
import { proseJobs } from "../../src/parse/prose-jobs";
import { toLines } from "../../src/parse/text";
import { jobRows, textDoc } from "./helpers";

/* Jobs stated in sentences, in made-up text of the shapes real CVs use. */
const normalizer = resolveNormalizer(undefined);
const read = (sentence: string) =>
  proseJobs(toLines(textDoc(sentence)), normalizer).map((j) => [j.title, j.company]);
const jobs = jobRows;

describe("jobs stated in prose", () => {
  it("reads 'Working as <Title> with/at/for <Employer>' and 'Joined <Employer> as <Title>'", () => {
    expect(read("• Working as Escalation Engineer with Northwind Traders.")).toEqual([
      ["Escalation Engineer", "Northwind Traders"],
    ]);
    expect(read("Worked as Software Engineer with Fabrikam Corporation Limited from Dec 2015")).toEqual([
      ["Software Engineer", "Fabrikam Corporation Limited"],
    ]);
    expect(
      read("Presently I am associated with Contoso Technologies India as a Software programmer"),
    ).toEqual([["Software programmer", "Contoso Technologies India"]]);
    expect(read("Joined Tailspin Ltd as Trainee in 2010")).toEqual([["Trainee", "Tailspin Ltd"]]);
    expect(read("18 months of experience in NWB as Phone Banker.")).toEqual([["Phone Banker", "NWB"]]);
  });

  it("needs a title and a name: no team, place or duty is taken for one", () => {
    expect(read("Worked as an analyst with the Accounts Payable team")).toEqual([["analyst", null]]);
    expect(read("Worked as part of the escalation team to resolve incidents")).toEqual([]);
    expect(read("Worked with Ansible as a configuration management tool")).toEqual([]);
    expect(read("Currently working as a Support Engineer in Pune")).toEqual([["Support Engineer", null]]);
    expect(read("Experience as a Software Developer (System Engineer) in the IT industry.")).toEqual([
      ["Software Developer", null],
    ]);
  });

  it("prefers a name with an organisation word later in the clause, and keeps 'Pvt. Ltd.' whole", () => {
    expect(read("Served as Teacher Assistant for Grades 4 and 5 at Tarvo Elementary School")).toEqual([
      ["Teacher Assistant", "Tarvo Elementary School"],
    ]);
    expect(read("Working as Sr. Kotlin programmer with Fabrikam Pvt. Ltd. from June 2019")).toEqual([
      ["Sr. Kotlin programmer", "Fabrikam Pvt. Ltd"],
    ]);
  });

  it("reads a line led by a title, then 'at' a name or 'for/with/in' an organisation", () => {
    expect(read("Marketing content creator at Hollisoft")).toEqual([
      ["Marketing content creator", "Hollisoft"],
    ]);
    expect(read("• IT Consultant for Fabrikam Bank - Pensions Group, Leeds")).toEqual([
      ["IT Consultant", "Fabrikam Bank"],
    ]);
    expect(read("Senior test engineer with more than 7 years of experience")).toEqual([]);
    expect(read("Sun Certified Developer for Java Web Services")).toEqual([]);
    expect(read("Deployed Cisco Network Controller at Fabrikam Bank")).toEqual([]);
  });

  it("adds an undated job for a summary sentence, and none for a job the card already holds", () => {
    const text = [
      "Rhea Paxton",
      "rhea@example.com",
      "",
      "SUMMARY",
      "Currently working as Escalation Engineer with Northwind Traders, supporting cloud customers across Europe and Asia.",
      "",
      "EXPERIENCE",
      "Escalation Engineer",
      "Northwind Traders - Leeds",
      "March 2019 - Present",
      "* Worked as Support Analyst with Contoso Bank before the merger.",
    ].join("\n");
    expect(jobs(text)).toEqual([
      ["Escalation Engineer", "Northwind Traders", "2019-03"],
      ["Support Analyst", "Contoso Bank", null],
    ]);
  });

  it("fills the title an entry's header left open from a sentence in its body", () => {
    const text = [
      "Rhea Paxton",
      "rhea@example.com",
      "",
      "EXPERIENCE",
      "March 2016 - May 2019",
      "Worked as Release Planner with Fabrikam Systems, running quarterly releases.",
    ].join("\n");
    expect(jobs(text)).toEqual([["Release Planner", "Fabrikam Systems", "2016-03"]]);
  });
});
