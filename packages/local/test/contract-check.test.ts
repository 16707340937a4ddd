import { describe, expect, it } from "vitest";
import { contractViolation } from "./contract-check";

/* The contract check itself: it must catch what it exists to catch. */

const error = JSON.stringify({ error: "No", code: "x.y" });
const exchange = (status: number, body: string | undefined, path = "/health", method = "GET") => ({
  method,
  path,
  status,
  contentType: "application/json; charset=utf-8",
  body,
});

describe("the contract check", () => {
  it("refuses a 202 that does not say where to poll (issue 13)", () => {
    const accepted = JSON.stringify({
      id: "00000000-0000-4000-8000-000000000001",
      documentId: "00000000-0000-4000-8000-000000000002",
      status: "queued",
      duplicate: false,
    });
    const upload = { ...exchange(202, accepted, "/api/resumes", "POST") };
    expect(contractViolation(upload)).toMatch(/without Location and Retry-After/);
    const told = { ...upload, headers: { location: "/api/resumes/x", "retry-after": "2" } };
    expect(contractViolation(told)).toBeUndefined();
  });

  it("accepts a declared status whose body matches its schema", () => {
    expect(contractViolation(exchange(200, JSON.stringify({ status: "ok" })))).toBeUndefined();
    expect(contractViolation(exchange(401, error, "/api/codex"))).toBeUndefined();
  });

  it("fails an undeclared status", () => {
    expect(contractViolation(exchange(418, error))).toMatch(/status not declared for health/);
    expect(contractViolation(exchange(409, error, "/api/codex"))).toMatch(/not declared/);
  });

  it("fails a body that does not match the declared schema", () => {
    expect(contractViolation(exchange(200, JSON.stringify({ status: "down" })))).toMatch(/does not match/);
    expect(contractViolation(exchange(401, JSON.stringify({ message: "no" }), "/api/codex"))).toMatch(
      /#\/components\/schemas\/Error/,
    );
    const record = JSON.stringify({ id: "not-a-uuid", kind: "resume" });
    const path = "/api/resumes/00000000-0000-4000-8000-000000000000";
    expect(contractViolation(exchange(200, record, path))).toMatch(/ResumeRecord/);
  });

  it("accepts the router's own 404 and 405 in the error shape only", () => {
    expect(contractViolation(exchange(404, error, "/nowhere"))).toBeUndefined();
    expect(contractViolation(exchange(405, error, "/health", "DELETE"))).toBeUndefined();
    expect(contractViolation(exchange(200, "{}", "/nowhere"))).toMatch(/no such operation/);
  });
});
