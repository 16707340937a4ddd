import type { Block } from "../packages/documents/src/render/blocks";

/** Invented people and job ads for the bulk-drop bench: varied, deterministic, from small pools. */

const first = [
  "Maja",
  "Lars",
  "Aisha",
  "Tomasz",
  "Ingrid",
  "Kenji",
  "Sofia",
  "Omar",
  "Freja",
  "Diego",
  "Nora",
  "Emil",
  "Priya",
  "Jonas",
  "Lea",
  "Mateo",
  "Hana",
  "Anders",
  "Chloe",
  "Viktor",
];
const last = [
  "Jensen",
  "Berg",
  "Rahman",
  "Nowak",
  "Lund",
  "Sato",
  "Costa",
  "Haddad",
  "Holm",
  "Ramos",
  "Klein",
  "Vik",
  "Nair",
  "Dahl",
  "Moreau",
  "Silva",
  "Kato",
  "Strand",
  "Martin",
  "Petrov",
];
const cities = [
  "Copenhagen, Denmark",
  "Aarhus, Denmark",
  "Berlin, Germany",
  "Stockholm, Sweden",
  "Oslo, Norway",
  "Amsterdam, Netherlands",
];
const roles: Array<{ title: string; skills: string[] }> = [
  {
    title: "Backend Engineer",
    skills: ["TypeScript", "Node.js", "PostgreSQL", "AWS Lambda", "Docker", "Redis", "GraphQL", "Kafka"],
  },
  {
    title: "Frontend Developer",
    skills: ["React", "TypeScript", "JavaScript", "CSS", "HTML", "Next.js", "Figma", "Jest"],
  },
  {
    title: "Data Engineer",
    skills: ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Snowflake", "Kafka", "AWS"],
  },
  {
    title: "DevOps Engineer",
    skills: ["Kubernetes", "Terraform", "AWS", "Docker", "Linux", "Prometheus", "Ansible", "Go"],
  },
  {
    title: "Java Developer",
    skills: ["Java", "Spring Boot", "Hibernate", "Maven", "Oracle", "Microservices", "Kafka", "JUnit"],
  },
  {
    title: "Data Scientist",
    skills: ["Python", "Machine Learning", "PyTorch", "pandas", "Statistics", "SQL", "scikit-learn", "R"],
  },
  {
    title: "Mobile Developer",
    skills: ["Swift", "Kotlin", "iOS", "Android", "Flutter", "Firebase", "REST APIs", "Git"],
  },
  {
    title: "Project Manager",
    skills: [
      "Project Management",
      "Scrum",
      "Jira",
      "Stakeholder Management",
      "Budgeting",
      "Risk Management",
      "Agile",
      "Confluence",
    ],
  },
];
const companies = [
  "Nordlys Data ApS",
  "Acme Systems GmbH",
  "Fjord Labs AB",
  "Blue Harbour BV",
  "Skyline Software AS",
  "Delta Works ApS",
];
const universities = [
  "University of Copenhagen",
  "Technical University of Denmark",
  "KTH Royal Institute of Technology",
  "TU Berlin",
];

const pick = <T>(list: T[], i: number): T => list[((i % list.length) + list.length) % list.length] as T;

export function person(i: number): Block[] {
  const name = `${pick(first, i)} ${pick(last, Math.floor(i / 20) + i)}`;
  const role = pick(roles, i * 7 + 3);
  const skills = role.skills.filter((_, k) => (i + k) % 5 !== 0);
  const years = 1 + (i % 14);
  const since = 2025 - years;
  return [
    { kind: "title", text: name },
    {
      kind: "line",
      text: `${name.toLowerCase().replace(" ", ".")}${i}@example.com | +45 20 ${String(10000 + i).slice(-5)} | ${pick(cities, i)}`,
    },
    { kind: "heading", text: "Profile" },
    { kind: "para", text: `${role.title} with ${years} years of experience building reliable products.` },
    { kind: "heading", text: "Experience" },
    { kind: "entry", lines: [`${role.title}, ${pick(companies, i)} — Jan ${since} – Present`] },
    { kind: "bullet", text: `Delivered features with ${skills.slice(0, 3).join(", ")}.` },
    { kind: "bullet", text: `Improved reliability and cut costs by ${10 + (i % 30)}%.` },
    {
      kind: "entry",
      lines: [`Junior ${role.title}, ${pick(companies, i + 1)} — Jun ${since - 2} – Dec ${since - 1}`],
    },
    { kind: "bullet", text: `Worked with ${skills.slice(3).join(", ")}.` },
    { kind: "heading", text: "Education" },
    {
      kind: "entry",
      lines: [`MSc Computer Science, ${pick(universities, i)} — ${since - 4} – ${since - 2}`],
    },
    { kind: "heading", text: "Skills" },
    { kind: "line", text: skills.join(", ") },
    { kind: "heading", text: "Languages" },
    {
      kind: "line",
      text: i % 3 === 0 ? "English (fluent), Danish (native)" : "English (fluent), German (basic)",
    },
  ];
}

export function jobAd(i: number): string {
  const role = pick(roles, i);
  const must = role.skills.slice(0, 3 + (i % 2));
  const nice = role.skills.slice(5);
  return `${i % 4 === 0 ? "Senior " : ""}${role.title}

${pick(companies, i)} — ${pick(cities, i)} (hybrid)

Requirements
${must.map((s) => `- Experience with ${s}`).join("\n")}
- ${2 + (i % 5)}+ years of professional experience

Nice to have
${nice.map((s) => `- ${s}`).join("\n")}

Languages
- English (fluent)
`;
}
