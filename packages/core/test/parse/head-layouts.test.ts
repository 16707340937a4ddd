import { describe, expect, it } from "vitest";
import { experienceCv, jobRows } from "./helpers";

/*
 * Seventh round, made-up text: job-board entry layouts whose words carry no cue (an employer
 * name with no organisation word, a title with no role noun) are read by what the layout says.
 */
describe("entry layouts without cues", () => {
  it("reads labelled header lines by their labels, whatever their words", () => {
    expect(
      jobRows(
        experienceCv(
          "Company: Mindtree",
          "Designation: Quality Assurance",
          "Duration: June 2015 - Present",
          "• Wrote test plans.",
        ),
      ),
    ).toEqual([["Quality Assurance", "Mindtree", "2015-06"]]);
    expect(
      jobRows(
        experienceCv("Organization : Quellin", "Role : Process Expert", "Period : June 2015 to Present"),
      ),
    ).toEqual([["Process Expert", "Quellin", "2015-06"]]);
  });
});
