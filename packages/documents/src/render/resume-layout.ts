import type { ResumeCardV1 } from "@futodama/core";
import type { Block, Layout } from "./blocks";

/**
 * A Resume Card as an ATS-friendly single-column document: the name as the title, one contact
 * line, then Summary, Experience, Education, Skills, Languages, Certifications, Projects (empty
 * sections left out), under headings every ATS and our own parser know, in the card's language.
 * Entries read "Title — Company, City" over "2019-03 – Present": the layout our parser reads
 * back field for field (the export tests parse every format back).
 */

interface Words {
  summary: string;
  experience: string;
  education: string;
  skills: string;
  languages: string;
  certifications: string;
  projects: string;
  present: string;
}

const words: Record<string, Words> = {
  en: {
    summary: "Summary",
    experience: "Experience",
    education: "Education",
    skills: "Skills",
    languages: "Languages",
    certifications: "Certifications",
    projects: "Projects",
    present: "Present",
  },
  da: {
    summary: "Profil",
    experience: "Erhvervserfaring",
    education: "Uddannelse",
    skills: "Kompetencer",
    languages: "Sprog",
    certifications: "Certificeringer",
    projects: "Projekter",
    present: "nu",
  },
  de: {
    summary: "Profil",
    experience: "Berufserfahrung",
    education: "Ausbildung",
    skills: "Kenntnisse",
    languages: "Sprachen",
    certifications: "Zertifikate",
    projects: "Projekte",
    present: "heute",
  },
  fr: {
    summary: "Profil",
    experience: "Expérience professionnelle",
    education: "Formation",
    skills: "Compétences",
    languages: "Langues",
    certifications: "Certifications",
    projects: "Projets",
    present: "aujourd'hui",
  },
  ar: {
    summary: "الملخص",
    experience: "الخبرة العملية",
    education: "التعليم",
    skills: "المهارات",
    languages: "اللغات",
    certifications: "الشهادات",
    projects: "المشاريع",
    present: "حتى الآن",
  },
};

const languageNames = (code: string) => new Intl.DisplayNames([code], { type: "language" });

function range(start: string | null | undefined, end: string | null | undefined, current: boolean, w: Words) {
  if (!start && !end) return current ? w.present : null;
  if (!start) return end ?? null;
  return `${start} – ${end ?? (current ? w.present : start)}`;
}

const joined = (parts: (string | null | undefined)[], sep: string) =>
  parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join(sep);

/** Items joined on lines short enough not to wrap in a PDF: a wrapped "AWS Step / Functions" reads as two skills. */
export function shortLines(items: string[], separator: string, max = 80): string[] {
  const lines: string[] = [];
  let current = "";
  for (const item of items) {
    const next = current === "" ? item : `${current}${separator}${item}`;
    if (next.length > max && current !== "") {
      lines.push(current);
      current = item;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
}

function contactLines(card: ResumeCardV1): string[] {
  const p = card.personal_info;
  const place = p.location?.raw ?? joined([p.location?.city, p.location?.country], ", ");
  const items = [p.email, p.phone, place].filter((i): i is string => Boolean(i?.trim()));
  return [...shortLines(items, " | "), ...p.links.map((l) => l.url)];
}

const lines = (items: string[], separator: string): Block[] =>
  shortLines(items, separator).map((text): Block => ({ kind: "line", text }));

function section(title: string, blocks: Block[]): Block[] {
  return blocks.length === 0 ? [] : [{ kind: "heading", text: title }, ...blocks];
}

export function resumeLayout(card: ResumeCardV1): Layout {
  const language = card.language ?? "en";
  const w = words[language] ?? (words.en as Words);
  const p = card.personal_info;
  const header: Block[] = [];
  if (p.name) header.push({ kind: "title", text: p.name });
  if (p.headline) header.push({ kind: "line", text: p.headline });
  for (const text of contactLines(card)) header.push({ kind: "line", text });

  const experience = card.work_experience.flatMap((role): Block[] => {
    const head = joined([role.title, joined([role.company, role.location?.city], ", ")], " — ");
    const dates = range(role.start, role.end, role.current, w);
    const lines = [head, dates].filter((l): l is string => Boolean(l));
    return [
      ...(lines.length > 0 ? [{ kind: "entry", lines } as Block] : []),
      ...role.bullets.map((text): Block => ({ kind: "bullet", text })),
    ];
  });
  const education = card.education.map((e): Block => {
    const degree = joined([e.degree, e.field], " ");
    const dates = range(e.start, e.end, false, w);
    return { kind: "entry", lines: [joined([degree, e.institution, dates], ", ")] };
  });
  const skills = card.skills.map((s) => s.name);
  const names = languageNames(language);
  const spoken = card.languages.map((l) => {
    const name = l.name ?? names.of(l.language) ?? l.language;
    return l.level ? `${name} (${l.level})` : name;
  });
  const certifications = card.certifications.map(
    (c): Block => ({ kind: "bullet", text: joined([c.name, c.issuer, c.date], ", ") }),
  );
  const projects = (card.projects ?? []).flatMap((project): Block[] => [
    { kind: "entry", lines: [joined([project.name, project.role], " — ")] },
    ...(project.description ? [{ kind: "para", text: project.description } as Block] : []),
  ]);

  return {
    rtl: language === "ar",
    language,
    main: [
      ...header,
      ...section(w.summary, card.summary ? [{ kind: "para", text: card.summary }] : []),
      ...section(w.experience, experience),
      ...section(w.education, education),
      ...section(w.skills, lines(skills, ", ")),
      ...section(w.languages, lines(spoken, ", ")),
      ...section(w.certifications, certifications),
      ...section(w.projects, projects),
    ],
  };
}
