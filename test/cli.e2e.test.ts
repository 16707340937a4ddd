import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pnpmRunner } from "../scripts/pnpm-runner";
import { futodama, root } from "./support/cli";

/*
 * The CLI contract the product owner's own evaluation uses: `pnpm -s futodama …` prints only
 * JSON on stdout, offline, through the same code path as the workflow.
 */
const dir = mkdtempSync(join(tmpdir(), "futodama-cli-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("futodama CLI", () => {
  it("parse prints only the Resume Card JSON, guessing the kind", () => {
    const file = join(dir, "cv.txt");
    writeFileSync(
      file,
      "Ingrid Holm\ningrid.holm@example.org | +45 31 22 11 00 | Odense, Denmark\n\nExperience\nProject Manager, Fynbo Energi — Mar 2019 – Present\n- Led the rollout of a SAP S/4HANA system.\n\nEducation\nMSc Engineering Management, University of Southern Denmark, 2014 – 2016\n\nSkills\nProject management, SAP, Excel, Power BI\n",
    );
    const out = futodama("parse", file, "--json");
    expect(out.status, out.stderr).toBe(0);
    const card = JSON.parse(out.stdout);
    expect(card).toMatchObject({
      schema: "resume-card-v1",
      personal_info: { name: "Ingrid Holm", email: "ingrid.holm@example.org" },
    });
    expect(card.work_experience[0]).toMatchObject({
      title: "Project Manager",
      company: "Fynbo Energi",
      current: true,
    });
  });

  it("parse --kind job prints a Job Card", () => {
    const file = join(dir, "job.md");
    writeFileSync(
      file,
      "# Warehouse Lead\n\nLagerhus A/S — Kolding (on-site)\n\n## Requirements\n- 3+ years leading a warehouse team\n- Forklift certificate\n\n## Nice to have\n- SAP EWM\n",
    );
    const out = futodama("parse", file, "--kind", "job", "--json");
    expect(out.status, out.stderr).toBe(0);
    const card = JSON.parse(out.stdout);
    expect(card).toMatchObject({
      schema: "job-card-v1",
      basics: { title: "Warehouse Lead", work_mode: "onsite" },
    });
    expect(card.requirements.must_have.length).toBeGreaterThan(0);
    expect(card.requirements.nice_to_have.map((r: { text: string }) => r.text).join(" ")).toMatch(/SAP EWM/);
  });

  it("parse of an unreadable file fails with a reason on stderr and nothing on stdout", () => {
    const file = join(dir, "junk.pdf");
    writeFileSync(file, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    const out = futodama("parse", file, "--json");
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/not a readable document/);
  });

  it("says what is wrong: a missing file by its name alone, a wrong command line with the usage", () => {
    const missing = futodama("parse", join(dir, "nope.pdf"), "--json");
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe(`futodama: no such file: ${join(dir, "nope.pdf")}\n`);
    const unknown = futodama("parse", join(dir, "nope.pdf"), "--jsno");
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^futodama: Unknown option '--jsno'/);
    expect(unknown.stderr).toMatch(/futodama parse <file> \[--kind resume\|job\] --json/);
  });

  it("skills normalize prints only the JSON array of matches with spans", () => {
    const text = "Backend in Go and Rust with k8s and postgres; I like to go hiking";
    const out = futodama("skills", "normalize", text, "--json");
    expect(out.status, out.stderr).toBe(0);
    const matches = JSON.parse(out.stdout) as Array<{
      id: string;
      label: string;
      start: number;
      end: number;
    }>;
    const labels = matches.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(["Go", "Rust", "Kubernetes", "PostgreSQL"]));
    expect(matches.filter((m) => m.label === "Go")).toHaveLength(1);
    for (const m of matches) {
      expect(Object.keys(m).sort()).toEqual([
        "category",
        "end",
        "id",
        "label",
        "source",
        "sourceLabel",
        "start",
      ]);
    }
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe("Backend");
  });

  it("skills normalize ranks skills by meaning, with scores, when no label matches word for word", () => {
    const out = futodama("skills", "normalize", "researching the markets", "--json");
    expect(out.status, out.stderr).toBe(0);
    const matches = JSON.parse(out.stdout) as Array<{ label: string; score: number; method: string }>;
    expect(matches[0]).toMatchObject({ label: "Market research", method: "retrieval" });
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });
  /*
   * pnpm runs the script from the repository root; a file named relative to where the person
   * typed the command must still be found (and the launcher must not need pnpm at all).
   */
  const pnpm = pnpmRunner();
  it.skipIf(!pnpm)("pnpm -s futodama reads a relative path from the caller's directory", () => {
    writeFileSync(join(dir, "here.txt"), "Ole Lund\nole.lund@example.org\n\nSkills\nExcel, SAP\n");
    const { command, args } = pnpm ?? { command: "", args: [] };
    const out = spawnSync(
      command,
      [...args, "-C", root, "-s", "futodama", "parse", "here.txt", "--kind", "resume", "--json"],
      {
        cwd: dir,
        env: { ...process.env, OPENAI_API_KEY: "" },
        encoding: "utf8",
        timeout: 90_000,
      },
    );
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ personal_info: { name: "Ole Lund" } });
  });
});
