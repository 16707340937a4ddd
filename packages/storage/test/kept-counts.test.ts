import { describe, expect, it } from "vitest";
import { keptCountsAnswer } from "../src/records/list";

/*
 * A list page's `total` is a sum over the trigger-kept counts (a few rows) unless the filter
 * narrows by something those counts do not key. The page's own options came along in the same
 * object and used to send every plain list to count(*) over the tenant's records.
 */
describe("which list totals the kept counts answer", () => {
  it("a plain page: limit, cursor, sort and include=card do not force a count", () => {
    expect(keptCountsAnswer({ limit: 20 })).toBe(true);
    expect(keptCountsAnswer({ limit: 20, cursor: "abc", sort: "-updatedAt", withCard: true })).toBe(true);
    expect(keptCountsAnswer({ limit: 20, status: ["parsed", "failed"], stage: "interviewing" })).toBe(true);
  });

  it("filters the counts do not key are counted", () => {
    expect(keptCountsAnswer({ limit: 20, skills: ["skill:react"] })).toBe(false);
    expect(keptCountsAnswer({ language: "da" })).toBe(false);
    expect(keptCountsAnswer({ createdAfter: new Date(0) })).toBe(false);
    expect(keptCountsAnswer({ skills: [] })).toBe(true);
  });
});
