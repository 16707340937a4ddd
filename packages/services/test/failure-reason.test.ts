import { describe, expect, it } from "vitest";
import { failureReason } from "../src/document/ingest-steps";

describe("failureReason: what a person reads when a document failed", () => {
  it("takes the message out of a Lambda error cause (AWS)", () => {
    const cause = JSON.stringify({
      errorType: "InputError",
      errorMessage: "The PDF is encrypted",
      trace: [],
    });
    expect(failureReason({ Error: "InputError", Cause: cause })).toBe("The PDF is encrypted");
  });

  it("uses a plain-text cause as it is (local runner)", () => {
    expect(failureReason({ Error: "InputError", Cause: "The file is empty" })).toBe("The file is empty");
  });

  it("says a timeout in words", () => {
    expect(failureReason({ Error: "States.Timeout", Cause: "" })).toBe(
      "Processing took too long and was stopped",
    );
  });

  it("names the error when there is no cause, and bounds long ones", () => {
    expect(failureReason({ Error: "States.Runtime" })).toBe("Processing failed (States.Runtime)");
    expect(failureReason({ Error: "X", Cause: "y".repeat(2000) })).toHaveLength(500);
  });
});
