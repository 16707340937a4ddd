import type { Block, Layout } from "../../../packages/documents/src/render/blocks";
import type { CvSource } from "../source/types";
import { contactLabels, cvHeadings, dateRange, heading, levelText } from "./locale";

/** CvSource → blocks, following the source's style choices (headings, dates, contact, skills, entries). */

const separators = [" | ", " · ", " • "];

function pick<T>(items: readonly T[], seed: string): T {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return items[hash % items.length] as T;
}

function contactBlocks(cv: CvSource): Block[] {
  const labels = contactLabels[cv.language];
  const location = `${cv.city}, ${cv.country}`;
  switch (cv.style.contact) {
    case "line": {
      const sep = pick(separators, cv.id);
      return [{ kind: "line", text: [cv.email, cv.phone, location, ...cv.links].join(sep) }];
    }
    case "labelled":
      return [
        { kind: "line", text: `${labels.email}: ${cv.email}` },
        { kind: "line", text: `${labels.phone}: ${cv.phone}` },
        { kind: "line", text: `${labels.location}: ${location}` },
        ...cv.links.map((url): Block => ({ kind: "line", text: `${labels.web}: ${url}` })),
      ];
    case "stacked":
      return [cv.email, cv.phone, location, ...cv.links].map((text): Block => ({ kind: "line", text }));
  }
}

function experienceEntry(cv: CvSource, job: CvSource["experience"][number]): Block {
  const dates = dateRange(job.start, job.end, cv.style.dates, cv.language);
  const at = cv.language === "en" ? pick([" — ", " at ", " | "], job.company) : " — ";
  switch (cv.style.entry) {
    case "inline":
      return { kind: "entry", lines: [`${job.title}${at}${job.company}, ${job.city}    ${dates}`] };
    case "stacked":
      return { kind: "entry", lines: [job.title, `${job.company}, ${job.city}`, dates] };
    case "company-first":
      return { kind: "entry", lines: [`${job.company} — ${job.city}`, `${job.title} (${dates})`] };
    case "dates-first":
      return { kind: "entry", lines: [dates, `${job.title}, ${job.company}, ${job.city}`] };
  }
}

function educationEntry(cv: CvSource, school: CvSource["education"][number]): Block {
  const degree = school.field ? `${school.degree}, ${school.field}` : school.degree;
  const dates = `${school.start.slice(0, 4)} – ${school.end.slice(0, 4)}`;
  if (cv.style.entry === "stacked" || cv.style.entry === "dates-first") {
    return { kind: "entry", lines: [degree, school.institution, dates] };
  }
  return { kind: "entry", lines: [`${degree} — ${school.institution}, ${dates}`] };
}

function skillBlocks(cv: CvSource, headingText: string): Block[] {
  const h: Block = { kind: "heading", text: headingText };
  switch (cv.style.skills) {
    case "comma":
      return [h, { kind: "para", text: cv.skills.join(", ") }];
    case "bullets":
      return [h, ...cv.skills.map((text): Block => ({ kind: "bullet", text }))];
    case "pipes":
      return [h, { kind: "para", text: cv.skills.join(" | ") }];
    case "labelled":
      return [{ kind: "line", text: `${cvHeadings[cv.language].skills}: ${cv.skills.join(" | ")}` }];
  }
}

export function cvLayout(cv: CvSource): Layout {
  const words = cvHeadings[cv.language];
  const h = (text: string): Block => ({ kind: "heading", text: heading(text, cv.style.headings) });
  const languages = cv.languages.map((l) => `${l.name} (${levelText(cv.language, l.level)})`);
  const languageBlocks: Block[] =
    cv.style.skills === "bullets"
      ? languages.map((text): Block => ({ kind: "bullet", text }))
      : [{ kind: "para", text: languages.join(", ") }];

  const header: Block[] = [
    { kind: "title", text: cv.name },
    { kind: "line", text: cv.headline },
  ];
  const summary: Block[] = [h(words.summary), { kind: "para", text: cv.summary }];
  const experience: Block[] = [
    h(words.experience),
    ...cv.experience.flatMap((job): Block[] => [
      experienceEntry(cv, job),
      ...job.bullets.map((text): Block => ({ kind: "bullet", text })),
    ]),
  ];
  const education: Block[] = [h(words.education), ...cv.education.map((s) => educationEntry(cv, s))];
  const skills = skillBlocks(cv, heading(words.skills, cv.style.headings));
  const langs: Block[] = [h(words.languages), ...languageBlocks];
  const certs: Block[] =
    cv.certifications.length === 0
      ? []
      : [
          h(words.certifications),
          ...cv.certifications.map(
            (c): Block => ({ kind: "bullet", text: `${c.name}, ${c.issuer} (${c.year})` }),
          ),
        ];

  const rtl = cv.language === "ar";
  if (cv.format === "pdf-2col") {
    return {
      rtl,
      language: cv.language,
      main: [...header, ...summary, ...experience, ...education, ...certs],
      sidebar: {
        side: cv.style.sidebar ?? "left",
        blocks: [h(words.contact), ...contactBlocks(cv), ...skills, ...langs],
      },
    };
  }
  const skillsFirst = cv.style.skills === "labelled";
  return {
    rtl,
    language: cv.language,
    main: [
      ...header,
      ...contactBlocks(cv),
      ...summary,
      ...(skillsFirst ? skills : []),
      ...experience,
      ...education,
      ...(skillsFirst ? [] : skills),
      ...langs,
      ...certs,
    ],
  };
}
