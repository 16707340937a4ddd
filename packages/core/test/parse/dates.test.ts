import { describe, expect, it } from "vitest";
import { mergedYears, parseDate } from "../../src";

const now = new Date("2025-06-15T00:00:00Z");

describe("parseDate", () => {
  it.each([
    ["Jan 2020 – Present", { start: "2020-01", end: null, current: true }],
    // Sixth round: a dash closing the line leaves the range open ("since August 2014").
    ["August 2014 —", { start: "2014-08", end: null, current: true }],
    ["Software Engineer, Quillbird | 2019 -", { start: "2019", end: null, current: true }],
    ["January 2020 - Now", { start: "2020-01", end: null, current: true }],
    ["03/2019 – 11/2021", { start: "2019-03", end: "2021-11", current: false }],
    ["3/2019 - 2020", { start: "2019-03", end: "2020", current: false }],
    ["2019-03 – 2020-02", { start: "2019-03", end: "2020-02", current: false }],
    ["2018 to 2020", { start: "2018", end: "2020", current: false }],
    ["2015–2018", { start: "2015", end: "2018", current: false }],
    ["since 2021", { start: "2021", end: null, current: true }],
    ["Since: September 1st 2014 Until: Currently", { start: "2014-09", end: null, current: true }],
    ["Since: October 1st 2012 Until: August 31st 2014", { start: "2012-10", end: "2014-08", current: false }],
    ["June 5, 2012 - May 2013", { start: "2012-06", end: "2013-05", current: false }],
    ["2020 - current", { start: "2020", end: null, current: true }],
    ["jan. 2020 – nu", { start: "2020-01", end: null, current: true }],
    ["aug. 2016 – nuværende", { start: "2016-08", end: null, current: true }],
    ["seit 2019", { start: "2019", end: null, current: true }],
    ["März 2018 – heute", { start: "2018-03", end: null, current: true }],
    ["septembre 2017 – aujourd'hui", { start: "2017-09", end: null, current: true }],
    ["enero 2019 - actualidad", { start: "2019-01", end: null, current: true }],
    ["٢٠١٩ - حتى الآن", { start: "2019", end: null, current: true }],
    ["مارس ٢٠١٥ – ٢٠١٨", { start: "2015-03", end: "2018", current: false }],
    ["June 2016", { start: "2016-06", end: "2016-06", current: false }],
    // Loose forms from real CVs: a dash lost with a line break, month/two-digit year, one year for two months, seasons.
    ["20082012", { start: "2008", end: "2012", current: false }],
    ["2005present", { start: "2005", end: null, current: true }],
    ["Software Engineer, 1/09 to Present", { start: "2009-01", end: null, current: true }],
    ["8/05-7/06", { start: "2005-08", end: "2006-07", current: false }],
    ["08 / 2008 - 09 / 2009", { start: "2008-08", end: "2009-09", current: false }],
    ["January-June 2009", { start: "2009-01", end: "2009-06", current: false }],
    ["Summer 2011 - Fall 2012", { start: "2011", end: "2012", current: false }],
    ["Summer 2014", { start: "2014", end: "2014", current: false }],
    // Eighth round: the day before the month, and a month tied to its year by "/", "-" or "'".
    ["15th June 2015 to 20th March 2017", { start: "2015-06", end: "2017-03", current: false }],
    ["15 June 2015 - 20 March 2017", { start: "2015-06", end: "2017-03", current: false }],
    ["1st of March 2016 - Present", { start: "2016-03", end: null, current: true }],
    ["May/2009 - Apr/2016", { start: "2009-05", end: "2016-04", current: false }],
    ["June-2015 to March-2017", { start: "2015-06", end: "2017-03", current: false }],
    ["June' 2015 - March' 2017", { start: "2015-06", end: "2017-03", current: false }],
    ["From June 2015 onwards", { start: "2015-06", end: null, current: true }],
    // Ninth round: day/month/two-digit year, read day first unless the second cannot be a month.
    ["14/8/12 onwards", { start: "2012-08", end: null, current: true }],
    ["1/6/10 - 30/7/12", { start: "2010-06", end: "2012-07", current: false }],
    ["8/14/12 to 9/20/14", { start: "2012-08", end: "2014-09", current: false }],
  ])("%s", (text, expected) => {
    expect(parseDate(text, now)).toEqual(expected);
  });

  it("does not read a phone number or a plain number as a date", () => {
    expect(parseDate("+45 20 12 34 56", now)).toBeNull();
    expect(parseDate("Led a team of 12 engineers", now)).toBeNull();
    expect(parseDate("Version 1/2/18 - 3", now)).toBeNull();
  });
});

describe("placeholder years of a CV template", () => {
  it.each([
    ["September 20XX-Present", { start: null, end: null, current: true }],
    ["Summer 20XX-20XX", { start: null, end: null, current: false }],
    ["May [year]-August [year]", { start: null, end: null, current: false }],
    ["Fall [year] - Present", { start: null, end: null, current: true }],
    ["May 20xx – Aug 20xx", { start: null, end: null, current: false }],
  ])("%s is a range with unknown dates", (text, expected) => {
    expect(parseDate(text, now)).toEqual(expected);
  });

  it("a lone placeholder year is not a date, and a real range keeps its years", () => {
    expect(parseDate("Expected Graduation Date June 20XX", now)).toBeNull();
    expect(parseDate("2015 - 2018", now)).toEqual({ start: "2015", end: "2018", current: false });
  });
});

describe("mergedYears", () => {
  it("counts overlapping jobs once", () => {
    const years = mergedYears(
      [
        { start: "2015-01", end: "2019-12", current: false },
        { start: "2018-01", end: "2020-12", current: false },
        { start: "2022-01", end: null, current: true },
      ],
      now,
    );
    expect(years).toBeCloseTo(6 + 3.5, 1);
  });
});
