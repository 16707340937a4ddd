import { describe, expect, it } from "vitest";
import { searchSkills } from "../src/codex/aliases";

// The first search loads the taxonomy and builds both indexes: seconds on a busy machine.
describe("taxonomy search", { timeout: 30_000 }, () => {
  it("finds labels and aliases first, then fills the page with skills the phrase names by meaning", () => {
    expect(searchSkills("postgres", 3)[0]?.label).toBe("PostgreSQL");
    const byMeaning = searchSkills("researching the markets", 3);
    expect(byMeaning[0]?.label).toBe("Market research");
    expect(byMeaning.length).toBeGreaterThan(1);
    expect(searchSkills("enthusiastic", 3)).toEqual([]);
  });
});
