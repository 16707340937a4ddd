import { documentFromLines } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { parseJob } from "../../src/parse";

const doc = (text: string) =>
  documentFromLines(
    text.split("\n").map((line) => ({ text: line, page: 1 })),
    { mime: "text/plain", method: "plain-text", language: "en", warnings: [] },
  );

describe("the head of a job ad", () => {
  it("keeps the title as written when a later sentence repeats it in lower case", () => {
    const card = parseJob(
      doc(
        "Senior Backend Engineer\nNordwind Analytics — Copenhagen (Hybrid)\n\nWe are looking for a senior backend engineer to build our platform.",
      ),
    );
    expect(card.basics).toMatchObject({
      title: "Senior Backend Engineer",
      company: "Nordwind Analytics",
      seniority: "senior",
    });
  });
});
