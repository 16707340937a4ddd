import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 11 item 9, as a user sees it: a burst of clients while a backlog of uploads is being
 * ingested. Every request is answered — 200, or 503 `server.busy` with Retry-After past the
 * (small, on purpose) queue — within a bounded time, /health keeps answering, and the backlog
 * still ends parsed.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime(
  { env: { LOCAL_API_MAX_IN_FLIGHT: "1", LOCAL_API_MAX_QUEUED: "2", LOCAL_API_MAX_WAIT_MS: "500" } },
  (started) => {
    ({ runtime, token } = started);
  },
);

const cv = (i: number) =>
  `Candidate ${i} Testperson\ncandidate${i}@example.org\n\nExperience\nEngineer, Company ${i} — 2019 – Present\n\nSkills\nTypeScript, PostgreSQL\n`;

describe("the local API under saturation", () => {
  it("answers every request (202 or 503 server.busy) in bounded time while a backlog ingests", async () => {
    // A burst of uploads, each its own CV: one is worked on at a time, two wait, the rest are refused.
    const burst = Array.from({ length: 40 }, async (_, i) => {
      const started = performance.now();
      const res = await call(runtime, "POST", "/api/resumes", { token, json: { text: cv(i) } });
      return { ...res, ms: performance.now() - started };
    });
    const healthStarted = performance.now();
    const health = await fetch(`${runtime.apiUrl}/health`);
    const healthMs = performance.now() - healthStarted;
    const answers = await Promise.all(burst);

    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(2000);
    for (const answer of answers) {
      expect([202, 503]).toContain(answer.status);
      if (answer.status === 503) {
        expect(answer.body.code).toBe("server.busy");
        expect(answer.headers["retry-after"]).toBe("1");
      }
      expect(answer.ms).toBeLessThan(5000);
    }
    const accepted = answers.filter((a) => a.status === 202);
    expect(answers.some((a) => a.status === 503)).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);

    // The backlog was slowed for the burst, never stopped: every accepted upload ends parsed.
    for (const answer of accepted) {
      const settled = await waitUntilSettled(
        runtime,
        token,
        `/api/resumes/${String(answer.body.id)}`,
        60_000,
      );
      expect(settled.body.status).toBe("parsed");
    }
  }, 120_000);
});
