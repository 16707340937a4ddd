import { describe, expect, it } from "vitest";
import { CreativeJobV1Schema, guessKind, JobCardV1Schema, parseJob } from "../../src";
import { fixtureDoc, textDoc } from "./helpers";

const now = new Date("2025-06-15T00:00:00Z");
const texts = (list: Array<{ text: string }>) => list.map((r) => r.text);

describe("parseJob — structured English ad", () => {
  const doc = fixtureDoc("job-en-structured.txt");
  const card = parseJob(doc, { now });

  it("is a valid job-card-v1 with evidence on the source text", () => {
    expect(card.schema).toBe("job-card-v1");
    expect(JobCardV1Schema.parse(card)).toEqual(card);
    for (const e of card.evidence) expect(doc.text.slice(e.start ?? 0, e.end ?? 0)).toBe(e.quote);
  });

  it("reads the basics", () => {
    expect(card.basics).toMatchObject({
      title: "Senior Backend Engineer",
      seniority: "senior",
      company: "Northwind Logistics",
      location: { city: "Copenhagen", country: "Denmark" },
      work_mode: "hybrid",
      employment_type: "full_time",
      contract: { type: "permanent" },
      salary: { min: 55000, max: 65000, currency: "DKK", period: "month" },
    });
    expect(card.years_required).toBe(5);
    expect(card.overview?.responsibilities).toHaveLength(3);
  });

  it("splits must-haves from nice-to-haves by section and by sentence", () => {
    const must = texts(card.requirements.must_have);
    const nice = texts(card.requirements.nice_to_have);
    expect(must).toEqual(
      expect.arrayContaining([
        "5+ years of professional experience as a backend developer",
        "Strong TypeScript and Node.js skills",
        "Fluent English",
      ]),
    );
    expect(nice).toEqual(
      expect.arrayContaining([
        "Danish is a plus",
        "Experience with Kubernetes is nice to have",
        "Go or Rust",
        "A degree in computer science",
      ]),
    );
    expect(must.some((t) => /Kubernetes|Danish/.test(t))).toBe(false);
    expect(card.requirements.must_have.find((r) => r.text.startsWith("5+"))).toMatchObject({
      kind: "experience",
      years_min: 5,
    });
    expect(card.requirements.nice_to_have.find((r) => r.text.startsWith("A degree"))?.kind).toBe("education");
    expect(card.language_requirements).toEqual(
      expect.arrayContaining([
        { language: "en", level: "fluent", required: true },
        { language: "da", level: null, required: false },
      ]),
    );
  });

  it("finds the contact", () => {
    expect(card.contact).toMatchObject({
      name: "Jane Holm",
      email: "jane.holm@example.com",
      phone: "+45 33 12 34 56",
    });
  });
});

describe("parseJob — other languages and styles", () => {
  it("reads a Danish ad: Vi forventer → must, Det er en fordel → nice, mindst 3 års erfaring", () => {
    const card = parseJob(fixtureDoc("job-da.txt", "da"), { now });
    expect(card.basics).toMatchObject({
      company: "Fintech Nord ApS",
      location: { city: "Aarhus" },
      employment_type: "full_time",
    });
    expect(card.years_required).toBe(3);
    expect(texts(card.requirements.must_have)).toContain("Du har mindst 3 års erfaring med Java");
    expect(texts(card.requirements.nice_to_have)).toEqual(["Kendskab til Kafka", "Erfaring med Kubernetes"]);
    expect(card.language_requirements?.map((l) => l.language)).toEqual(["da", "en"]);
    expect(card.contact?.email).toBe("job@fintechnord.example.dk");
  });

  it("reads 'Title at Company' on the first line as a title and the hiring company", () => {
    const ad = (head: string) =>
      parseJob(
        textDoc(
          `${head}\nAarhus, Denmark · On-site in our harbour studio\n\nResponsibilities\n- Lead the visual direction of campaigns\n\nRequirements\n- 5+ years of agency art direction`,
        ),
        { now },
      ).basics;
    expect(ad("Art Director at Quellin Studio")).toMatchObject({
      title: "Art Director",
      company: "Quellin Studio",
      location: { city: "Aarhus" },
    });
    // A dash is no "at": what follows it may be the title's own part.
    expect(ad("Software Engineer - Backend").title).toBe("Software Engineer - Backend");
  });

  it("reads an ad that names its employer first and sets the title as the heading below it", () => {
    const card = parseJob(
      textDoc(
        "Quellin Community Hospital\n# Registered Nurse – Acute Medical Unit\n\nNorwich, United Kingdom (on-site)\n\nOur unit is growing and we are looking for registered nurses who enjoy a fast pace.\n\n## Requirements\n- NMC registration",
      ),
      { now },
    );
    expect(card.basics).toMatchObject({
      title: "Registered Nurse – Acute Medical Unit",
      company: "Quellin Community Hospital",
    });
  });

  it("reads the role a Danish 'søger' sentence names without cutting a word that starts like an article", () => {
    const card = parseJob(
      textDoc(
        "Akutmodtagelsen på Quellin Sygehus søger engagerede sygeplejersker til et travlt afsnit.\n\nVi forventer\n- Dansk autorisation",
        "da",
      ),
      { now },
    );
    expect(card.basics.title).toBe("engagerede sygeplejersker");
  });

  it("reads a German ad with the company and city on one line", () => {
    const card = parseJob(fixtureDoc("job-de.txt", "de"), { now });
    expect(card.basics).toMatchObject({
      title: "Data Engineer",
      company: "Musterfirma GmbH",
      location: { city: "München" },
      employment_type: "full_time",
    });
    expect(card.years_required).toBe(2);
    expect(texts(card.requirements.nice_to_have)).toEqual(["Erfahrung mit Terraform ist wünschenswert"]);
    expect(card.language_requirements).toEqual([{ language: "de", level: "C1", required: true }]);
  });

  it("reads a prose creative ad as creative-job-v1, weighing each sentence", () => {
    const card = parseJob(fixtureDoc("job-prose-creative.txt"), { now });
    expect(card.schema).toBe("creative-job-v1");
    if (card.schema !== "creative-job-v1") return;
    expect(CreativeJobV1Schema.parse(card)).toEqual(card);
    expect(card.basics).toMatchObject({
      title: "Senior Motion Designer",
      company: "Bright Fox Studio",
      employment_type: "freelance",
      location: { city: "Berlin" },
    });
    expect(card.basics.contract).toMatchObject({ start_date: "ASAP" });
    expect(card.years_required).toBe(4);
    expect(texts(card.requirements.must_have)).toContain(
      "You must be an expert in After Effects and Cinema 4D",
    );
    expect(texts(card.requirements.nice_to_have).join(" ")).toMatch(/Figma is preferred.*German is a bonus/);
    expect(card.creative.tools).toEqual(
      expect.arrayContaining(["After Effects", "Cinema 4D", "Figma", "Blender"]),
    );
    expect(card.creative.disciplines).toContain("motion design");
    expect(card.creative.portfolio).toMatchObject({ required: true });
    expect(card.creative.portfolio?.formats).toEqual(expect.arrayContaining(["PDF", "showreel"]));
  });
});

describe("guessKind", () => {
  it.each([
    ["resume-en-basic.txt", "resume"],
    ["resume-da.txt", "resume"],
    ["resume-ar.txt", "resume"],
    ["resume-two-column.txt", "resume"],
    ["job-en-structured.txt", "job"],
    ["job-da.txt", "job"],
    ["job-de.txt", "job"],
    ["job-prose-creative.txt", "job"],
  ])("%s is a %s", (name, kind) => {
    expect(guessKind(fixtureDoc(name))).toBe(kind);
  });

  it("reads 'Résumé' and 'résumé' as a CV's word, accents and all", () => {
    const doc = (text: string) => textDoc(text);
    expect(guessKind(doc("Résumé\nMira Holt\nAnalyst at Quellin\nPlease apply the filters weekly"))).toBe(
      "resume",
    );
  });
});
