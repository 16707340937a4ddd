import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseResume, ResumeTailorV1Schema } from "../packages/core/src/index";
import { extractDocument } from "../packages/documents/src/index";
import { futodama } from "./support/cli";

/*
 * The tailoring CLI contract the product owner's evaluation uses: `pnpm -s futodama tailor
 * --job <file> --resume <file> [--language en] --json` prints only the resume-tailor-v1 bundle,
 * offline; `--out file.md|docx|pdf` writes the export.
 */
const dir = mkdtempSync(join(tmpdir(), "futodama-tailor-"));
const job = "packages/local/test/fixtures/job-backend.txt";
const cv = "packages/local/test/fixtures/cv-ada.txt";

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("futodama tailor", () => {
  it("prints only the bundle JSON, verified, offline", () => {
    const out = futodama("tailor", "--job", job, "--resume", cv, "--language", "en", "--json");
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const bundle = ResumeTailorV1Schema.parse(JSON.parse(out.stdout));
    expect(bundle.provider).toBe("rules");
    expect(bundle.verification.passed).toBe(true);
    expect(bundle.tailored_card.personal_info.name).toBe("Ada Nordlund");
    expect(bundle.tailored_card.work_experience.map((r) => r.company)).toEqual([
      "Fjordline Logistics",
      "Havn Software",
    ]);
    expect(bundle.coverage.gaps).toContain("Step Functions");
    expect(bundle.changes.length).toBeGreaterThan(0);
  });

  it.each(["md", "docx", "pdf"])("writes a .%s export that parses back to the tailored card", async (ext) => {
    const file = join(dir, `ada.${ext}`);
    const out = futodama("tailor", "--job", job, "--resume", cv, "--json", "--out", file);
    expect(out.status).toBe(0);
    const bundle = ResumeTailorV1Schema.parse(JSON.parse(out.stdout));
    const back = parseResume(await extractDocument(new Uint8Array(readFileSync(file)), { filename: file }));
    const card = bundle.tailored_card;
    expect(back.personal_info.name).toBe(card.personal_info.name);
    expect(back.personal_info.email).toBe(card.personal_info.email);
    expect(back.work_experience.map((r) => [r.company, r.title, r.start, r.end])).toEqual(
      card.work_experience.map((r) => [r.company, r.title, r.start, r.end]),
    );
    expect(back.education.map((e) => e.degree)).toEqual(card.education.map((e) => e.degree));
    expect(back.skills.map((s) => s.id).sort()).toEqual(card.skills.map((s) => s.id).sort());
    expect(back.summary).toBe(card.summary);
  });

  it("says what is wrong with bad arguments", () => {
    const missing = futodama("tailor", "--job", join(dir, "nope.txt"), "--resume", cv, "--json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file: .*nope\.txt/);
    expect(missing.stdout).toBe("");
    const style = futodama("tailor", "--job", job, "--resume", cv, "--style", "loud");
    expect(style.status).toBe(2);
    expect(style.stderr).toMatch(/--style: .*conservative/);
    const out = futodama("tailor", "--job", job, "--resume", cv, "--out", join(dir, "cv.odt"));
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--out must end in \.md, \.docx, \.pdf/);
  });

  it("refuses an empty CV with the reason", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const out = futodama("tailor", "--job", job, "--resume", empty, "--json");
    expect(out.status).not.toBe(0);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/futodama tailor: .+\(/);
  });
});
