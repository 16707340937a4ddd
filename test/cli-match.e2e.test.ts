import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { futodama } from "./support/cli";

/*
 * The matching CLI contract the product owner's evaluation uses: `pnpm -s futodama match …
 * --json` prints only { job|resume, results: [{ file, name, score, rank, breakdown }] }, best
 * first, offline, through the same parse path as the workflow.
 */
const dir = mkdtempSync(join(tmpdir(), "futodama-match-"));
const categories = ["must_have", "nice_to_have", "title", "seniority", "languages", "location", "education"];

const backendJob = `# Senior Backend Engineer

Nordlys Data ApS — Copenhagen, Denmark (hybrid)

## Requirements
- 5+ years of experience with TypeScript and Node.js
- Strong PostgreSQL skills
- Experience with AWS (Lambda, S3)
- Fluent English

## Nice to have
- Docker and Kubernetes
- Terraform
`;

const bakerJob = `Pastry Chef

Bageriet — Aarhus, Denmark (on-site)

Requirements
- 3+ years as a pastry chef
- Food safety certificate
- Danish
`;

const strongCv = [
  "Maja Jensen",
  "maja.jensen@example.com | +45 20 30 40 50 | Copenhagen, Denmark",
  "",
  "Experience",
  "Senior Backend Engineer, Fjord Tech — Jan 2017 – Present",
  "- Built serverless APIs in TypeScript and Node.js on AWS Lambda and S3.",
  "- Designed PostgreSQL schemas; ran services on Docker and Kubernetes with Terraform.",
  "",
  "Education",
  "MSc Computer Science, University of Copenhagen, 2014 – 2016",
  "",
  "Skills",
  "TypeScript, Node.js, PostgreSQL, AWS, Docker, Kubernetes, Terraform",
  "",
  "Languages",
  "English (fluent), Danish (native)",
];

const weakCv = `Ole Hansen
ole.hansen@example.com | Aarhus, Denmark

Experience
Pastry Chef, Bageriet — Mar 2018 – Present
- Baked bread and pastries daily.

Skills
Baking, Food safety, Cake decoration

Languages
Danish (native)
`;

beforeAll(async () => {
  mkdirSync(join(dir, "cvs"));
  mkdirSync(join(dir, "jobs"));
  writeFileSync(join(dir, "job.md"), backendJob);
  // The strong CV as a Word file, the weak one as plain text: every format goes one way.
  const docx = new Document({ sections: [{ children: strongCv.map((line) => new Paragraph(line)) }] });
  writeFileSync(join(dir, "cvs", "maja.docx"), await Packer.toBuffer(docx));
  writeFileSync(join(dir, "cvs", "ole.txt"), weakCv);
  writeFileSync(join(dir, "cvs", "broken.pdf"), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
  writeFileSync(join(dir, "jobs", "backend.md"), backendJob);
  writeFileSync(join(dir, "jobs", "baker.txt"), bakerJob);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Output {
  job?: { schema: string; basics: { title: string } };
  resume?: { schema: string; personal_info: { name: string } };
  results: Array<{
    file: string;
    name: string | null;
    score: number;
    rank: number;
    breakdown: Record<string, { score: number; weight: number; evidence: unknown[] }>;
  }>;
}

describe("futodama match", () => {
  it("ranks a folder of CVs for a job, strong first, skipping what cannot be read", () => {
    const out = futodama("match", "--job", join(dir, "job.md"), "--resumes", join(dir, "cvs"), "--json");
    expect(out.status, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as Output;
    expect(Object.keys(parsed)).toEqual(["job", "results"]);
    expect(parsed.job).toMatchObject({ schema: "job-card-v1", basics: { title: "Senior Backend Engineer" } });
    expect(parsed.results.map((r) => [r.file, r.name, r.rank])).toEqual([
      ["maja.docx", "Maja Jensen", 1],
      ["ole.txt", "Ole Hansen", 2],
    ]);
    const [strong, weak] = parsed.results;
    expect(strong!.score).toBeGreaterThan(weak!.score + 30);
    for (const result of parsed.results) {
      expect(Object.keys(result)).toEqual(["file", "name", "score", "rank", "breakdown"]);
      expect(Object.keys(result.breakdown).sort()).toEqual([...categories].sort());
      for (const category of Object.values(result.breakdown)) {
        expect(category).toEqual({
          score: expect.any(Number),
          weight: expect.any(Number),
          evidence: expect.any(Array),
        });
      }
    }
    expect(strong!.breakdown.must_have!.evidence).toContainEqual(
      expect.objectContaining({ matched: true, skillId: "sk_postgresql" }),
    );
    expect(weak!.breakdown.must_have!.evidence).toContainEqual(expect.objectContaining({ matched: false }));
    expect(out.stderr).toMatch(/skipped .*broken\.pdf/);
  });

  it("keeps only the top N", () => {
    const out = futodama(
      "match",
      "--job",
      join(dir, "job.md"),
      "--resumes",
      join(dir, "cvs"),
      "--top",
      "1",
      "--json",
    );
    expect(out.status, out.stderr).toBe(0);
    expect((JSON.parse(out.stdout) as Output).results.map((r) => r.file)).toEqual(["maja.docx"]);
  });

  it("ranks a folder of jobs for a CV the other way round", () => {
    const out = futodama(
      "match",
      "--resume",
      join(dir, "cvs", "ole.txt"),
      "--jobs",
      join(dir, "jobs"),
      "--json",
    );
    expect(out.status, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as Output;
    expect(Object.keys(parsed)).toEqual(["resume", "results"]);
    expect(parsed.resume).toMatchObject({ schema: "resume-card-v1", personal_info: { name: "Ole Hansen" } });
    expect(parsed.results.map((r) => [r.file, r.name, r.rank])).toEqual([
      ["baker.txt", "Pastry Chef", 1],
      ["backend.md", "Senior Backend Engineer", 2],
    ]);
  });

  it("fails with usage when the arguments do not name one direction, and when nothing parses", () => {
    const usage = futodama("match", "--job", join(dir, "job.md"), "--json");
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toMatch(/--resumes <dir>/);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const none = futodama("match", "--job", join(dir, "job.md"), "--resumes", empty, "--json");
    expect(none.status).toBe(1);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/no file in the folder could be parsed/);
  });
});
