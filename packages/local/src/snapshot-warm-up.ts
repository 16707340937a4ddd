import { createCardEnhancer } from "@futodama/ai/card-enhancer";
import { extractDocument } from "@futodama/documents";
import { buildCard } from "@futodama/services/document/understand";
import { zipSync } from "fflate";

/*
 * Made-up documents the CLI's snapshot (cli-snapshot.ts) parses while it is built, so that what a
 * parse builds on first use — the taxonomy's sections and indexes, the language models, the
 * regular expressions — is already in the heap a `futodama parse` starts from. Every name,
 * company and address here is invented. No PDF: with pdfjs evaluated in it, a snapshot is
 * written but Node aborts reading it back (V8 "Check failed: current_key != *desc->GetKey()"),
 * so pdfjs loads after the start, from the snapshot's source.
 */

const resumeLines = [
  "Ada Brightwater",
  "ada.brightwater@example.org · +44 20 7946 0321 · Leeds, United Kingdom",
  "Summary",
  "Backend engineer who builds data pipelines and APIs in TypeScript and Python.",
  "Experience",
  "Senior Software Engineer, Quillon Freight Ltd, Leeds — March 2019 – present",
  "Built event-driven services on AWS Lambda, PostgreSQL and Kafka; led a team of four.",
  "Software Developer, Marrowby Analytics — 2015 – 2019",
  "Wrote ETL jobs in Python and SQL; introduced Docker and continuous integration.",
  "Education",
  "BSc Computer Science, University of Northfield, 2011 – 2015",
  "Skills",
  "TypeScript, Node.js, Python, SQL, Terraform, Kubernetes, project management",
  "Languages",
  "English (native), Danish (conversational)",
];

const danishResumeLines = [
  "Søren Kildegaard",
  "soren.kildegaard@example.dk · +45 20 12 34 56 · Aarhus, Danmark",
  "Erhvervserfaring",
  "Projektleder, Havbro Logistik A/S — januar 2018 – nu",
  "Ansvarlig for planlægning, budget og ledelse af et team på seks medarbejdere.",
  "Uddannelse",
  "Cand.merc., Aarhus Universitet, 2012 – 2017",
  "Kompetencer",
  "Projektledelse, Excel, SAP, forhandling, kommunikation",
];

const arabicResumeLines = [
  "ليلى الحسيني",
  "layla.alhusseini@example.com · +971 50 123 4567 · دبي، الإمارات",
  "الخبرة العملية",
  "محاسبة أولى، شركة الندى للتجارة — 2016 – حتى الآن",
  "إعداد القوائم المالية والتقارير الشهرية وإدارة الميزانية.",
  "التعليم",
  "بكالوريوس المحاسبة، جامعة الشارقة، 2012 – 2016",
  "المهارات",
  "المحاسبة، Excel، التحليل المالي، اللغة الإنجليزية",
];

const jobLines = [
  "Platform Engineer (m/f/d)",
  "Tidewell Systems GmbH · Hamburg, Germany · Full-time, hybrid",
  "About the role",
  "You will run our Kubernetes platform and build internal tools in Go and TypeScript.",
  "Requirements",
  "5+ years of experience with Linux, Kubernetes and Terraform",
  "Experience with PostgreSQL and observability (Prometheus, Grafana)",
  "Fluent English; German is a plus",
  "We offer",
  "Salary EUR 70,000 – 85,000 per year, 30 days of holiday",
];

/** A minimal DOCX: one paragraph per line. */
function madeUpDocx(lines: string[]): Uint8Array {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join("");
  const text = (xml: string) => new TextEncoder().encode(xml);
  return zipSync({
    "[Content_Types].xml": text(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": text(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": text(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
    ),
  });
}

const text = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

/**
 * Parses each made-up document as `futodama parse` would (no OCR, no OpenAI). Not `skills`'
 * retrieval index: it would double the blob that every start reads.
 */
export async function warmUp(): Promise<void> {
  const enhancer = createCardEnhancer({});
  const documents: Array<[string, Uint8Array, "resume" | "job" | undefined]> = [
    ["ada-brightwater.docx", madeUpDocx(resumeLines), undefined],
    ["ada-brightwater.txt", text(resumeLines), undefined],
    ["soren-kildegaard.txt", text(danishResumeLines), undefined],
    ["layla-alhusseini.txt", text(arabicResumeLines), undefined],
    ["platform-engineer.txt", text(jobLines), "job"],
  ];
  for (const [filename, bytes, kind] of documents) {
    const doc = await extractDocument(bytes, { filename });
    await buildCard(doc, kind, enhancer);
  }
}
