import { describe, expect, it } from "vitest";
import { educationRows } from "./helpers";

/*
 * Fifteenth round, made-up text (Quellin, Tarvo, Zentra: made-up names): education lines of the
 * shapes flattened CVs keep — a degree in a sentence, a degree and its school run together, a
 * school and its faculty on one line.
 */
const education = educationRows;

describe("education lines of flattened CVs", () => {
  it("cuts the sentence leading into a degree, and keeps a capitalised qualifier", () => {
    expect(
      education(
        "Was awarded a Bachelors of Science in Marine Biology, Tarvo University",
        "",
        "Counted as an Executive MBA in Logistics, Zentra Institute",
      ),
    ).toEqual([
      ["Bachelors of Science", "Marine Biology", "Tarvo University"],
      ["Executive MBA", "Logistics", "Zentra Institute"],
    ]);
  });

  it("parts a degree from the school written right after or before it", () => {
    expect(
      education(
        "B.E Tarvo Institute of Engineering, Pune (2008-2012)",
        "",
        "M.Tech. Quellin Technical University, India.",
        "",
        "Zentra College Diploma 2004 - 2006",
      ),
    ).toEqual([
      ["B.E", null, "Tarvo Institute of Engineering"],
      ["M.Tech", null, "Quellin Technical University"],
      ["Diploma", null, "Zentra College"],
    ]);
  });

  it("keeps a school and the university it belongs to as one institution", () => {
    expect(
      education(
        "Quellin Business School, University of Tarvo | Tarvo, Ohio",
        "MBA | May 2011",
        "",
        "University of Zentra, School of Nursing",
        "Bachelor of Science, Nursing, 2007",
      ),
    ).toEqual([
      ["MBA", null, "Quellin Business School, University of Tarvo"],
      ["Bachelor of Science", "Nursing", "University of Zentra, School of Nursing"],
    ]);
  });

  it("reads the dotted J.D. as a degree, and parts a degree from its school and a colon before it", () => {
    expect(
      education(
        "Tarvo University, Quellin School of Law | Tarvo, Ohio",
        "J.D. | May 2012",
        "",
        "Zentra Business School: MBA in Shipping Finance, 2009",
      ),
    ).toEqual([
      ["J.D.", null, "Tarvo University, Quellin School of Law"],
      ["MBA", "Shipping Finance", "Zentra Business School"],
    ]);
  });
});
