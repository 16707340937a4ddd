import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, useTestRuntime, waitUntilSettled } from "./support";

/** Issue 11 item 6: text that survives bad bytes, names that stay themselves, empty files that fail. */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({}, (started) => {
  ({ runtime, token } = started);
});

async function ingest(content: string | Uint8Array, filename: string) {
  const up = await call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm(content, filename) });
  expect(up.status).toBe(202);
  return (await waitUntilSettled(runtime, token, `/api/resumes/${String(up.body.id)}`, 90_000)).body;
}

describe("text that survives bad bytes", () => {
  it("one invalid byte in a UTF-8 CV costs one character; the experience section is kept", async () => {
    const cv = readFileSync(join(import.meta.dirname, "fixtures/cv-ada.txt"), "utf8");
    const good = Buffer.from(cv, "utf8");
    const cut = good.indexOf("Education");
    const broken = Buffer.concat([good.subarray(0, cut), Buffer.from([0xff]), good.subarray(cut)]);
    const record = await ingest(broken, "ada.txt");
    expect(record.status).toBe("parsed");
    const card = record.card as { work_experience: Array<{ title: string }>; skills: unknown[] };
    expect(card.work_experience.map((job) => job.title)).toEqual([
      "Senior Backend Engineer",
      "Backend Developer",
    ]);
    expect(card.skills.length).toBeGreaterThan(3);
    expect(JSON.stringify(card)).not.toContain("â€");
  });

  it("a non-ASCII filename arrives as written (UTF-8), not as latin1", async () => {
    const record = await ingest("Søren Ærø\nsoren@example.dk\n\nSkills\nTriage", "Søren Ærø CV.txt");
    expect(record.filename).toBe("Søren Ærø CV.txt");
  });

  it("a 1-byte file ends failed with a reason", async () => {
    const record = await ingest("a", "one-byte.txt");
    expect(record.status).toBe("failed");
    expect(record.error).toContain("document.no_text");
  });

  it("a file whose card is empty (no name, no section) ends failed with a reason", async () => {
    const record = await ingest("12345 67890\n+++ 0000 +++\n", "numbers.txt");
    expect(record.status).toBe("failed");
    expect(record.error).toContain("document.empty_card");
  });
});
