import { describe, expect, it } from "vitest";
import {
  buildTailoredBundle,
  type ProposedEdit,
  type RejectionCode,
  ResumeTailorV1Schema,
  verifyTailoredCard,
} from "../../src/tailoring";
import { edit, jobFixture, proposal, protectedFacts, resumeFixture } from "./support";

// Mira: Example Health ApS + Fjord Logistics, MSc Aarhus University, TypeScript/Node.js/PostgreSQL/AWS/Docker.
const source = resumeFixture("resume-en-basic.txt");
const job = jobFixture("job-en-structured.txt");

/** Edits a model might propose to make the CV look better than it is: every one must be refused. */
const fabrications: [string, ProposedEdit, RejectionCode, string][] = [
  [
    "an employer the CV never names",
    edit({
      path: "summary",
      kind: "rewrite",
      text: "Backend engineer, formerly at Globex Corporation, with seven years of TypeScript.",
    }),
    "new_name",
    "Google",
  ],
  [
    "a skill the CV lacks, in a bullet",
    edit({
      path: "work_experience[1].bullets[0]",
      kind: "rewrite",
      text: "Built a route planning API in Node.js, PostgreSQL and Kubernetes",
    }),
    "new_skill",
    "Kubernetes",
  ],
  [
    "a number the CV does not state",
    edit({
      path: "work_experience[0].bullets[1]",
      kind: "rewrite",
      text: "Led a team of three engineers and cut costs by 73%",
    }),
    "new_number",
    "73%",
  ],
  [
    "a degree",
    edit({
      path: "summary",
      kind: "rewrite",
      text: "Backend engineer with a PhD and seven years of TypeScript.",
    }),
    "new_degree",
    "PhD",
  ],
  [
    "a certification",
    edit({
      path: "summary",
      kind: "rewrite",
      text: "Backend engineer, certified architect, seven years of TypeScript.",
    }),
    "new_certification",
    "certified",
  ],
  [
    "a job title never held",
    edit({ path: "personal_info.headline", kind: "rewrite", text: "Chief Technology Officer" }),
    "new_title",
    "Chief Technology Officer",
  ],
  [
    "a new name",
    edit({ path: "personal_info.name", kind: "rewrite", text: "Dr. Mira Testesen" }),
    "blocked_path",
    "Dr. Mira",
  ],
  [
    "a new email",
    edit({ path: "personal_info.email", kind: "rewrite", text: "mira@evil.example" }),
    "blocked_path",
    "evil.example",
  ],
  [
    "another employer",
    edit({ path: "work_experience[0].company", kind: "rewrite", text: "Google" }),
    "blocked_path",
    "Google",
  ],
  [
    "another title",
    edit({ path: "work_experience[1].title", kind: "rewrite", text: "Staff Engineer" }),
    "blocked_path",
    "Staff Engineer",
  ],
  [
    "earlier dates",
    edit({ path: "work_experience[1].start", kind: "rewrite", text: "2012-01" }),
    "blocked_path",
    "2012-01",
  ],
  [
    "a better degree",
    edit({ path: "education[0].degree", kind: "rewrite", text: "PhD" }),
    "blocked_path",
    "PhD",
  ],
  [
    "a certification entry",
    edit({ path: "certifications[0].name", kind: "rewrite", text: "CKA" }),
    "blocked_path",
    "CKA",
  ],
  ["a spoken language", edit({ path: "languages", kind: "reorder", order: [1, 0] }), "blocked_path", "xx"],
  [
    "removing a role",
    edit({ path: "work_experience", kind: "reorder", order: [1, 0] }),
    "blocked_path",
    "xx",
  ],
  [
    "a reorder that drops a bullet",
    edit({ path: "work_experience[0].bullets", kind: "reorder", order: [1] }),
    "reorder_changes_items",
    "xx",
  ],
  [
    "a reorder that duplicates a skill",
    edit({ path: "skills", kind: "reorder", order: [0, 0, 1, 2, 3] }),
    "reorder_changes_items",
    "xx",
  ],
  [
    "renaming a skill into another skill",
    edit({ path: "skills[4].name", kind: "rename", text: "Kubernetes" }),
    "new_skill",
    "Kubernetes",
  ],
  [
    "a path that does not exist",
    edit({ path: "work_experience[99].bullets[0]", kind: "rewrite", text: "Did things" }),
    "unknown_path",
    "Did things",
  ],
  [
    "a path that is not a path",
    edit({ path: "summary; drop table", kind: "rewrite", text: "x" }),
    "unknown_path",
    "drop table",
  ],
  ["hiding a role", edit({ path: "work_experience[1]", kind: "hide" }), "blocked_path", "xx"],
];

describe("the verifier refuses fabrications", () => {
  it.each(fabrications)("%s", (_label, fabricated, code, marker) => {
    const bundle = buildTailoredBundle({ job, resume: source, proposal: proposal([fabricated]) });
    expect(bundle.rejected).toHaveLength(1);
    expect(bundle.rejected[0]?.code).toBe(code);
    expect(bundle.rejected[0]?.reason.length).toBeGreaterThan(10);
    expect(bundle.changes).toEqual([]);
    expect(JSON.stringify(bundle.tailored_card)).not.toContain(marker);
    expect(protectedFacts(bundle.tailored_card)).toEqual(protectedFacts(source));
    expect(verifyTailoredCard(source, bundle.tailored_card).passed).toBe(true);
  });

  it("applies the honest edits of a mixed proposal and refuses only the fabricated ones", () => {
    const honest = [
      edit({
        path: "work_experience[0].bullets",
        kind: "reorder",
        order: [1, 0],
        reason: "Leadership first",
      }),
      edit({
        path: "work_experience[1].bullets[0]",
        kind: "rewrite",
        text: "Built a route planning API with Node.js and PostgreSQL",
        requirement: "PostgreSQL",
      }),
      edit({
        path: "summary",
        kind: "rewrite",
        text: "Backend engineer: seven years of TypeScript and PostgreSQL, event-driven systems for healthcare and logistics.",
      }),
    ];
    const bundle = buildTailoredBundle({
      job,
      resume: source,
      proposal: proposal([...honest, ...fabrications.map((f) => f[1])]),
    });
    expect(bundle.changes.map((c) => c.path).sort()).toEqual(
      ["summary", "work_experience[0].bullets", "work_experience[1].bullets[0]"].sort(),
    );
    expect(bundle.rejected).toHaveLength(fabrications.length);
    expect(bundle.tailored_card.work_experience[0]?.bullets[0]).toBe("Led a team of three engineers");
    const rewrite = bundle.changes.find((c) => c.path === "work_experience[1].bullets[0]");
    expect(rewrite).toMatchObject({
      before: "Built a route planning API in Node.js and PostgreSQL",
      requirement: "PostgreSQL",
    });
    for (const [, , , marker] of fabrications) {
      if (marker !== "xx") expect(JSON.stringify(bundle.tailored_card)).not.toContain(marker);
    }
    expect(bundle.verification).toMatchObject({ passed: true, violations: [] });
    expect(bundle.verification.facts_checked).toBeGreaterThan(10);
    expect(() => ResumeTailorV1Schema.parse(bundle)).not.toThrow();
  });

  it("lets a skill take another name of the same skill, through the taxonomy", () => {
    const cv = resumeFixture("resume-en-basic.txt");
    const i = cv.skills.findIndex((s) => s.id === "sk_aws");
    const bundle = buildTailoredBundle({
      job,
      resume: cv,
      proposal: proposal([edit({ path: `skills[${i}].name`, kind: "rename", text: "Amazon Web Services" })]),
    });
    expect(bundle.rejected).toEqual([]);
    expect(bundle.tailored_card.skills[i]?.name).toBe("Amazon Web Services");
  });

  it("fails a tampered card and says what changed", () => {
    const tampered = structuredClone(source);
    const role = tampered.work_experience[0];
    if (!role) throw new Error("fixture has a role");
    role.company = "Google";
    tampered.skills.push({ name: "Kubernetes", id: "sk_kubernetes" });
    tampered.summary = "Ten years at Netflix.";
    const verdict = verifyTailoredCard(source, tampered);
    expect(verdict.passed).toBe(false);
    expect(verdict.violations.join("\n")).toMatch(/work_experience\[0\] changed/);
    expect(verdict.violations.join("\n")).toMatch(/skills were added/);
    expect(verdict.violations.join("\n")).toMatch(/summary .*(10|Netflix)/);
  });

  it("returns the source unchanged when the edits together would fail", () => {
    // Each edit is checked alone, so this cannot happen through applyEdits; the guard is the last line.
    const bundle = buildTailoredBundle({ job, resume: source, proposal: proposal([]) });
    expect(bundle.verification.passed).toBe(true);
    expect(protectedFacts(bundle.tailored_card)).toEqual(protectedFacts(source));
  });
});
