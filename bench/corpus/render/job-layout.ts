import type { Block, Layout } from "../../../packages/documents/src/render/blocks";
import type { CorpusLanguage, JobSource } from "../source/types";
import { heading } from "./locale";

/** JobSource → blocks: header, intro, responsibilities, requirement lists, prose cues, contact. */

const labels: Record<CorpusLanguage, { company: string; location: string; mode: string; contact: string }> = {
  en: { company: "Company", location: "Location", mode: "Work mode", contact: "Contact" },
  da: { company: "Virksomhed", location: "Arbejdssted", mode: "Arbejdsform", contact: "Kontakt" },
  de: { company: "Unternehmen", location: "Standort", mode: "Arbeitsmodell", contact: "Kontakt" },
  fr: { company: "Entreprise", location: "Lieu", mode: "Mode de travail", contact: "Contact" },
  ar: { company: "الشركة", location: "الموقع", mode: "نمط العمل", contact: "للتواصل" },
};

function headerBlocks(job: JobSource): Block[] {
  const l = labels[job.language];
  const place = `${job.city}, ${job.country}`;
  switch (job.header) {
    case "title-first":
      return [
        { kind: "title", text: job.title },
        { kind: "line", text: `${l.company}: ${job.company}` },
        { kind: "line", text: `${l.location}: ${place}` },
        { kind: "line", text: `${l.mode}: ${job.workModeText}` },
      ];
    case "title-at":
      return [
        { kind: "title", text: `${job.title} at ${job.company}` },
        { kind: "line", text: `${place} · ${job.workModeText}` },
      ];
    case "company-first":
      return [
        { kind: "line", text: job.company },
        { kind: "title", text: job.title },
        { kind: "line", text: `${place} (${job.workModeText})` },
      ];
  }
}

export function jobLayout(job: JobSource): Layout {
  const h = (text: string): Block => ({ kind: "heading", text: heading(text, job.headings) });
  const bullets = (items: string[]) => items.map((text): Block => ({ kind: "bullet", text }));
  const contact = [job.contact.name, job.contact.email, job.contact.phone]
    .filter((x) => x !== null)
    .join(", ");
  const main: Block[] = [
    ...headerBlocks(job),
    { kind: "para", text: job.intro },
    h(job.responsibilities.heading),
    ...bullets(job.responsibilities.items),
    ...job.sections.flatMap((section): Block[] => [h(section.heading), ...bullets(section.items)]),
    ...(job.prose
      ? [
          h(job.prose.heading),
          { kind: "para", text: job.prose.sentences.map((s) => s.text).join(" ") } as Block,
        ]
      : []),
    h(labels[job.language].contact),
    { kind: "para", text: contact },
  ];
  return { rtl: job.language === "ar", language: job.language, main };
}
