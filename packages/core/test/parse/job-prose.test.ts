import { describe, expect, it } from "vitest";
import { documentFromLines } from "../../src/document";
import type { JobCardV1 } from "../../src/job/job-card-v1";
import { parseJob } from "../../src/parse";

/*
 * Requirements from prose (issue 14, item 2): skills named anywhere in an ad with no
 * requirement heading, must vs nice from the cue words of their own clause, years and the degree
 * from their phrases — the same whether the ad keeps its line breaks or arrives as one paragraph.
 */

const ad = [
  "Backend Engineer",
  "Company: Acme Freight",
  "Location: Berlin, Germany",
  "",
  "We are looking for a backend engineer to build scalable microservices in Go. You need strong knowledge of cloud infrastructure, ideally AWS. Experience with Kubernetes is a plus. Python is required, and Terraform is preferred. A bachelor's degree in computer science and 3+ years of professional experience are expected.",
].join("\n");

const parse = (lines: string[]) =>
  parseJob(
    documentFromLines(
      lines.map((text) => ({ text, page: 1 })),
      { mime: "text/plain", method: "plain-text", language: null, warnings: [] },
    ),
  );
const ids = (card: ReturnType<typeof parseJob>, bucket: keyof JobCardV1["requirements"]) =>
  card.requirements[bucket].map((r) => r.skill_id).filter((id) => id !== null);

describe("requirements from prose", () => {
  const laidOut = parse(ad.split("\n"));
  const flat = parse([ad.replace(/\n+/g, " ")]);

  it("files each skill by the cue words of its own clause", () => {
    for (const card of [laidOut, flat]) {
      expect(ids(card, "must_have")).toEqual(expect.arrayContaining(["sk_cloud_computing", "sk_python"]));
      expect(ids(card, "nice_to_have")).toEqual(
        expect.arrayContaining(["sk_aws", "sk_kubernetes", "sk_terraform"]),
      );
      expect(ids(card, "must_have")).not.toContain("sk_aws");
      expect(card.years_required).toBe(3);
      expect(card.requirements.must_have.some((r) => r.kind === "education")).toBe(true);
    }
  });

  it("reads the flattened ad's head and requirements like the laid-out one", () => {
    expect(flat.basics.title).toBe("Backend Engineer");
    expect(flat.basics.company).toBe(laidOut.basics.company);
    expect(flat.basics.location?.city).toBe("Berlin");
    expect(new Set(ids(flat, "nice_to_have"))).toEqual(new Set(ids(laidOut, "nice_to_have")));
  });

  it("takes the skills mentioned anywhere when the ad has no requirement cue at all", () => {
    const card = parse([
      "Data Engineer",
      "Location: Lisbon, Portugal",
      "",
      "Our platform team builds pipelines with Apache Airflow and dbt on AWS. Experience with Terraform would be a bonus.",
    ]);
    expect(ids(card, "must_have")).toEqual(expect.arrayContaining(["sk_airflow", "sk_aws"]));
    expect(ids(card, "nice_to_have")).toContain("sk_terraform");
    expect(card.missing_fields.some((f) => f.field === "requirements.must_have")).toBe(false);
  });
});
