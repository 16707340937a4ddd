import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cardLimits } from "@futodama/core";
import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, useTestRuntime, waitUntilSettled } from "./support";

/**
 * Issue 11 item 7: a big document makes a bounded card, parses off the event loop (the API keeps
 * answering meanwhile), and a document over the text limit says it is a size problem.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({ env: { MAX_UPLOAD_BYTES: String(4 * 1024 * 1024) } }, (started) => {
  ({ runtime, token } = started);
});

/** Real CVs (../shared/data, never in the repository) one after another, up to `chars`. */
function longRealCv(chars: number): string {
  const corpus = join(import.meta.dirname, "../../../../shared/data/dev-corpora/dotin-resumes/train.jsonl");
  const texts = readFileSync(corpus, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text);
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${texts[i % texts.length]}\n`;
  return out.slice(0, chars);
}

/** Sequential GET /health for as long as `work` runs: the slowest answer, and how many. */
async function healthWhile(work: Promise<unknown>): Promise<{ maxMs: number; count: number }> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  let maxMs = 0;
  let count = 0;
  while (!done) {
    const started = performance.now();
    const res = await fetch(`${runtime.apiUrl}/health`);
    await res.arrayBuffer();
    maxMs = Math.max(maxMs, performance.now() - started);
    count++;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { maxMs, count };
}

describe("a big document", () => {
  it("parses on the worker thread: /health keeps answering while it parses, and the card is bounded", async () => {
    // A first small CV: the process's one-time start (the taxonomy, the ingest modules) is not
    // what this test is about.
    const warm = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm("Maren Holloway\nmaren@example.com\n\nSkills\nTypeScript, Go", "warm.txt"),
    });
    await waitUntilSettled(runtime, token, `/api/resumes/${String(warm.body.id)}`, 60_000);
    // Measured while the document is read and parsed (ExtractText, then Normalize's parse): what
    // the worker takes off the event loop. Storing the card (PGlite, in process) comes after.
    const worker = runtime.deps.parser;
    if (!worker) throw new Error("the local runtime parses on a worker thread by default");
    let parsed = () => {};
    const parsing = new Promise<void>((resolve) => {
      parsed = resolve;
    });
    runtime.deps.parser = {
      extract: (bytes, filename) => worker.extract(bytes, filename),
      draft: (json, kind, aliases) => worker.draft(json, kind, aliases).finally(parsed),
    };
    const text = longRealCv(900_000);
    const began = performance.now();
    const up = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(text, "long.txt"),
    });
    expect(up.status).toBe(202);
    const settled = waitUntilSettled(runtime, token, `/api/resumes/${String(up.body.id)}`, 120_000);
    const health = await healthWhile(parsing);
    const parseMs = performance.now() - began;
    runtime.deps.parser = worker;
    const record = (await settled).body;
    expect(record.status).toBe("parsed");
    // Inline (PARSE_IN_WORKER=0) /health waits for the parse itself: 2.2 s of a 4.2 s ingest. On
    // the worker the slowest answer was 71-73 ms on a quiet moment (docs/benchmarks.md). On two
    // cores shared with the rest of the suite every thread runs slower, the parse too: the bound
    // is 250 ms, or a fifth of the parse when load stretches it (inline would be half or more).
    expect(health.count).toBeGreaterThan(20);
    expect(health.maxMs).toBeLessThan(Math.max(250, parseMs / 5));
    const card = record.card as { meta?: { warnings?: string[] } };
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(cardLimits.maxCardChars);
  }, 180_000);

  it("over the text limit, fails as too large with the limit named", async () => {
    const line = "Led a team of engineers delivering a payment platform used across Europe.\n";
    const text = `Maren Holloway\n${line.repeat(Math.ceil(1_050_000 / line.length))}`;
    const up = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(text, "huge.txt"),
    });
    expect(up.status).toBe(202);
    const record = (await waitUntilSettled(runtime, token, `/api/resumes/${String(up.body.id)}`, 60_000))
      .body;
    expect(record.status).toBe("failed");
    expect(String(record.error)).toMatch(/characters of text; the limit is 1,000,000/);
    expect(String(record.error)).not.toMatch(/did not answer/);
  }, 90_000);
});
