import { describe, expect, it } from "vitest";
import { candidateFeatures, jobQuery, scoreCandidate } from "../../src/match";
import { occupationNearness } from "../../src/match/categories";
import { jobCard, resumeCard } from "./cards";

/*
 * Issue 14 item 3: titles compared through the occupation structure (ISCO-08 groups from the
 * ESCO/O*NET taxonomy), not their words alone. A web developer is nearer a software developer
 * job than a mechanical engineer, though neither holds the job's normalized title.
 */

const job = jobCard({ title: "Software Developer", normalized: "Software Developer" });
const cvAs = (title: string) =>
  scoreCandidate(jobQuery(job), candidateFeatures(resumeCard({ titles: [[title, title]] })));

describe("titles through the occupation structure", () => {
  it("reads ISCO nearness: unit group, minor group, sub-major group, none", () => {
    expect(occupationNearness(2512, 2512)).toBe(3);
    expect(occupationNearness(2512, 2513)).toBe(2);
    expect(occupationNearness(2512, 2521)).toBe(1);
    expect(occupationNearness(2512, 2144)).toBe(0);
    expect(occupationNearness(-1, 2512)).toBe(0);
  });

  it("gives a related occupation part of the title credit, and says which title and why", () => {
    expect(jobQuery(job).title.occupation).toBe(2512);
    const web = cvAs("Web Developer");
    const mechanical = cvAs("Mechanical Engineer");
    const same = cvAs("Software Developer");
    expect(same.breakdown.title.score).toBe(1);
    expect(web.breakdown.title.score).toBeGreaterThan(mechanical.breakdown.title.score);
    expect(web.breakdown.title.score).toBeLessThan(same.breakdown.title.score);
    const evidence = web.breakdown.title.evidence[0];
    expect(evidence).toMatchObject({ matched: true, candidateText: "web developer" });
    expect(evidence?.note).toContain("same ISCO minor group");
    expect(mechanical.breakdown.title.evidence[0]?.note).not.toContain("related occupation");
  });

  it("ranks the nearer occupation first when everything else is equal", () => {
    expect(cvAs("Web Developer").score).toBeGreaterThan(cvAs("Mechanical Engineer").score);
  });
});
