import { describe, expect, it } from "vitest";
import { parseResume, type ResumeCardV1 } from "../../src";
import { textDoc } from "./helpers";

const now = new Date("2025-06-15T00:00:00Z");
const skillsOf = (text: string) =>
  parseResume(textDoc(text), { now }).skills.map((s: ResumeCardV1["skills"][number]) => s.name);

const cv = (experience: string, skills: string, extra = "") =>
  `Jane Example
Senior Backend Engineer
jane.example@example.com • +45 55 50 00 00 • https://github.com/jane-example

${extra}WORK EXPERIENCE
${experience}

SKILLS
${skills}
`;

describe("collectSkills: what is no skill claim", () => {
  it("skips links, the headline and job titles", () => {
    const names = skillsOf(
      cv("DevOps Engineer — Acme, Leeds    Jan 2020 – Present\n– Ran Terraform", "Python, AWS"),
    );
    expect(names).toEqual(expect.arrayContaining(["Python", "Amazon Web Services", "Terraform"]));
    for (const noise of ["GitHub", "TLS/SSL", "Backend development", "DevOps"])
      expect(names).not.toContain(noise);
  });

  it("skips employer names in an entry's head", () => {
    const names = skillsOf(
      cv("Security Analyst\nForth Cloud Analytics, Stirling    2017 – 2020\n– Triaged alerts", "Python"),
    );
    for (const noise of ["Forth", "Cloud computing", "Data analysis"]) expect(names).not.toContain(noise);
  });

  it("skips credential lines (the issuer is no skill) but not a labelled skills list", () => {
    const names = skillsOf(
      cv(
        "Engineer — Acme, Leeds    2019 – 2021\n– Built things",
        "Python",
        "Skills: Playwright | Selenium | ISTQB\n\nCERTIFICATIONS\n– Certified Scrum Product Owner, Scrum Alliance (2019)\n\n",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Playwright", "Selenium"]));
    expect(names).not.toContain("Scrum");
    expect(names).not.toContain("Certified Scrum Product Owner");
  });

  it("keeps one-word broad terms only when they are listed", () => {
    const names = skillsOf(
      cv("Analyst — Acme, Leeds    2019 – 2021\n– Turned logistics and sales data into reports", "Excel"),
    );
    expect(names).not.toContain("logistics");
    expect(names).not.toContain("Sales");
  });
  it("takes skills from duty lines with no bullet and no full stop, not from the entry's head", () => {
    // What a .doc or a PDF whose bullets were drawn gives: the duties are plain lines.
    const card = parseResume(
      textDoc(
        cv(
          "Platform Engineer\nTarvo Cloud Systems, Leeds\nJan 2020 – Present\nMoved the build pipeline to GitHub Actions\nRan the Kafka clusters on Kubernetes",
          "Python",
        ),
      ),
      { now },
    );
    expect(card.work_experience[0]?.skills).toEqual(
      expect.arrayContaining(["GitHub Actions", "Apache Kafka", "Kubernetes"]),
    );
    expect(card.skills.map((sk) => sk.name)).not.toContain("Cloud computing");
  });
});

describe("collectSkills: skills-list items", () => {
  it("splits on 'and' only when both sides are known skills", () => {
    const names = skillsOf(
      cv(
        "Clerk — Acme, Leeds    2019 – 2021",
        "Shipping and receiving, Python and Go, Inspection and testing",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(["Shipping and receiving", "Python", "Go", "Inspection and testing"]),
    );
  });

  it("reads a table row 'Category | a, b, c' as a labelled list, but a row of pipes as skills", () => {
    const names = skillsOf(
      cv(
        "Engineer — Acme, Leeds    2019 – 2021\n– Built things",
        "Languages | TypeScript, Java, SQL\nDocker | Terraform | Ansible",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(["TypeScript", "Java", "SQL", "Docker", "Terraform", "Ansible"]),
    );
    expect(names).not.toContain("Languages");
  });

  it("keeps the item as written when only a broad term covers part of it", () => {
    const names = skillsOf(
      cv("Electrician — Acme, Leeds    2019 – 2021", "Photography direction, Akut sygepleje"),
    );
    expect(names).toEqual(expect.arrayContaining(["Photography direction", "Akut sygepleje"]));
    expect(names).not.toContain("photography");
    expect(names).not.toContain("Nursing");
  });
});
