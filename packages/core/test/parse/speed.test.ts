import { describe, expect, it } from "vitest";
import { parseResume } from "../../src";
import { textDoc } from "./helpers";

const titles = [
  "Senior Backend Engineer",
  "Data Analyst",
  "Product Designer",
  "DevOps Engineer",
  "Project Manager",
];
const companies = ["Example Health ApS", "Fjord Logistics", "Acme Corp", "Northwind GmbH", "Contoso Ltd"];
const skills = [
  "TypeScript",
  "Python",
  "PostgreSQL",
  "AWS",
  "Docker",
  "Kubernetes",
  "React",
  "SQL",
  "Figma",
  "Java",
];

/** A two-page-ish synthetic CV: contact block, summary, six jobs with bullets, education, skills. */
function syntheticCv(n: number): string {
  const jobs = Array.from({ length: 6 }, (_, k) => {
    const from = 2024 - 3 * (k + 1);
    const pick = (list: string[]) => list[(n + k) % list.length] as string;
    return [
      `${pick(titles)} — ${pick(companies)}, Copenhagen`,
      `0${(k % 9) + 1}/${from} – ${k === 0 ? "Present" : `0${(k % 9) + 1}/${from + 3}`}`,
      ...Array.from(
        { length: 5 },
        (_, b) =>
          `- Delivered project ${b} with ${pick(skills)} and ${skills[(n + b) % skills.length]}, improving throughput by ${b * 7}%`,
      ),
      "",
    ].join("\n");
  });
  return [
    `Person Number${String.fromCharCode(65 + (n % 26))} Example`,
    "Senior Engineer | Copenhagen, Denmark",
    `person${n}@example.com | +45 20 00 ${String(n % 100).padStart(2, "0")} 00`,
    "",
    "Summary",
    "Engineer with many years of experience building reliable systems for logistics, health and finance customers.",
    "",
    "Experience",
    ...jobs,
    "Education",
    "MSc Computer Science, Aarhus University, 2008 – 2010",
    "",
    "Skills",
    skills.join(", "),
    "",
    "Languages",
    "Danish (native), English (C1)",
  ].join("\n");
}

describe("parse speed", () => {
  it("parses 1,000 two-page CVs quickly", () => {
    const docs = Array.from({ length: 1000 }, (_, n) => textDoc(syntheticCv(n)));
    parseResume(docs[0] as (typeof docs)[number]); // warm the taxonomy
    const started = performance.now();
    let jobs = 0;
    for (const doc of docs) jobs += parseResume(doc).work_experience.length;
    const perDoc = (performance.now() - started) / docs.length;
    console.info(`parseResume: ${perDoc.toFixed(2)} ms/doc over ${docs.length} CVs`);
    expect(jobs).toBe(6000);
    // ~3 ms/doc alone; the bound leaves room for a loaded CI machine running other suites.
    expect(perDoc).toBeLessThan(50);
  }, 120_000);
});
