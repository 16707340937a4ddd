import { codeIntoMessage, InputError } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { failureOf, failureReason } from "../src/shared/failure";

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

describe("failureOf: the code a program branches on, carried through the workflow", () => {
  it("takes the step's code off the front of the message, on AWS and locally", () => {
    const error = new InputError("document.encrypted", "The PDF is encrypted");
    codeIntoMessage(error);
    codeIntoMessage(error); // a retried step never stacks two prefixes
    expect(error.message).toBe("[document.encrypted] The PDF is encrypted");
    const lambdaCause = JSON.stringify({ errorType: error.name, errorMessage: error.message, trace: [] });
    for (const Cause of [lambdaCause, error.message]) {
      expect(failureOf({ Error: "InputError", Cause })).toEqual({
        code: "document.encrypted",
        reason: "The PDF is encrypted",
      });
    }
    expect(failureReason({ Error: "InputError", Cause: lambdaCause })).toBe("The PDF is encrypted");
  });

  it("gives failures without a code of their own the generic codes", () => {
    expect(failureOf({ Error: "States.Timeout", Cause: "" }).code).toBe("workflow.timeout");
    expect(failureOf({ Error: "Error", Cause: "Cannot read properties of undefined" })).toEqual({
      code: "workflow.step_failed",
      reason: "Cannot read properties of undefined",
    });
    expect(failureOf({ Error: "States.Runtime" })).toEqual({
      code: "workflow.step_failed",
      reason: "Processing failed (States.Runtime)",
    });
    // Only a dotted code at the very front counts; brackets in a reason stay text.
    expect(failureOf({ Error: "X", Cause: "[draft] notes" })).toEqual({
      code: "workflow.step_failed",
      reason: "[draft] notes",
    });
  });
});
