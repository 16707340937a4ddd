import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 10 item 9: a failed record carries a stable `errorCode` beside its reason. The code is
 * the failing step's own (it rides through Step Functions at the front of the error message and
 * MarkFailed takes it off), so a UI can branch on it; the reason stays what a person reads.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({}, (started) => {
  ({ runtime, token } = started);
});

async function ingestResume(content: string, filename: string) {
  const up = await call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm(content, filename) });
  expect(up.status).toBe(202);
  const id = String(up.body.id);
  return { id, record: (await waitUntilSettled(runtime, token, `/api/resumes/${id}`, 90_000)).body };
}

describe("failure codes", () => {
  it("a document that fails in a step carries that step's code; the reason has no code prefix", async () => {
    const empty = await ingestResume("a", "one-byte.txt");
    expect(empty.record).toMatchObject({ status: "failed", errorCode: "document.no_text" });
    expect(String(empty.record.error)).not.toMatch(/^\[/);

    const cardless = await ingestResume("12345 67890\n+++ 0000 +++\n", "numbers.txt");
    expect(cardless.record).toMatchObject({ status: "failed", errorCode: "document.empty_card" });

    // Lists carry it too, and a parsed record has neither a reason nor a code.
    const list = await call(runtime, "GET", "/api/resumes?status=failed", { token });
    const listed = (list.body.items as Array<{ id: string; errorCode?: string }>).find(
      (r) => r.id === empty.id,
    );
    expect(listed?.errorCode).toBe("document.no_text");
    const parsed = await ingestResume("Ada Lovelace\nada@example.com\n\nSkills\nPython, SQL\n", "ada.txt");
    expect(parsed.record.status).toBe("parsed");
    expect(parsed.record).not.toHaveProperty("errorCode");
  });
});
