import { describe, expect, it } from "vitest";
import { answersByText, readingOne } from "../../src/parse/answers";
import { findDates } from "../../src/parse/dates";
import { readLocation } from "../../src/parse/places";

describe("answers kept while one document is read", () => {
  it("works a text's answer out once in a document, and again in the next", () => {
    const asked: string[] = [];
    const lengthOf = answersByText<null, number>();
    const read = (text: string) =>
      lengthOf(text, null, () => {
        asked.push(text);
        return text.length;
      });
    readingOne(() => {
      expect(read("Quellin Ltd")).toBe(11);
      expect(read("Quellin Ltd")).toBe(11);
    });
    expect(asked).toEqual(["Quellin Ltd"]);
    readingOne(() => read("Quellin Ltd"));
    // Forgotten when the first document's card was made: no CV's text outlives its reading.
    expect(asked).toEqual(["Quellin Ltd", "Quellin Ltd"]);
  });

  it("drops the answers given for another context (another normalizer, another year)", () => {
    const asked: number[] = [];
    const store = answersByText<number, string>();
    const answer = (year: number) =>
      store("Jan 2020 - Present", year, () => {
        asked.push(year);
        return `read in ${year}`;
      });
    expect(answer(2026)).toBe("read in 2026");
    expect(answer(2030)).toBe("read in 2030");
    expect(answer(2030)).toBe("read in 2030");
    expect(asked).toEqual([2026, 2030]);
  });

  it("hands each caller its own copy of a kept date or place", () => {
    readingOne(() => {
      const first = findDates("Tarvo Foods, Leeds Jan 2019 - Mar 2021");
      (first[0] as { start: string | null }).start = "1999-01";
      first.pop();
      expect(findDates("Tarvo Foods, Leeds Jan 2019 - Mar 2021")).toMatchObject([
        { start: "2019-01", end: "2021-03" },
      ]);
      const place = readLocation("Leeds, UK");
      expect(place?.city).toBe("Leeds");
      if (place) place.city = "York";
      expect(readLocation("Leeds, UK")?.city).toBe("Leeds");
    });
  });

  it("reads a range against the year it is asked in", () => {
    // A two-digit year up to next year's is this century: in 2025 "3/27" is 1927, before its start.
    expect(findDates("1/20 - 3/27", new Date("2025-06-01"))).toEqual([]);
    expect(findDates("1/20 - 3/27", new Date("2026-06-01"))[0]).toMatchObject({
      start: "2020-01",
      end: "2027-03",
    });
  });
});
