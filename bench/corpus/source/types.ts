/**
 * The corpus source: invented people and jobs as data. build.ts renders each into its target
 * format and writes the expected card from the same object, so the two cannot drift apart.
 * Every name, company, school, email (example.com/.org/.net) and phone (555) is fictional.
 */

export type CorpusLanguage = "en" | "da" | "ar" | "de" | "fr";
export type CvFormat = "txt" | "md" | "pdf" | "pdf-2col" | "docx" | "html" | "png" | "pdf-scan";
export type JobFormat = "txt" | "md" | "pdf" | "docx" | "html";

/** How a date range is written. "year-to"/"year" carry only years, so the expected card does too. */
export type DateStyle = "mon" | "month" | "iso" | "slash" | "dot" | "year-to" | "year";
export type HeadingStyle = "upper" | "title" | "colon";
export type ContactStyle = "line" | "labelled" | "stacked";
export type SkillsStyle = "comma" | "bullets" | "pipes" | "labelled";
export type EntryStyle = "inline" | "stacked" | "company-first" | "dates-first";
export type LevelName =
  | "A1"
  | "A2"
  | "B1"
  | "B2"
  | "C1"
  | "C2"
  | "basic"
  | "conversational"
  | "professional"
  | "fluent"
  | "native";

export interface CvStyle {
  dates: DateStyle;
  headings: HeadingStyle;
  contact: ContactStyle;
  skills: SkillsStyle;
  entry: EntryStyle;
  /** pdf-2col only: which side holds contact, skills and languages. */
  sidebar?: "left" | "right";
}

export interface CvSource {
  id: string;
  language: CorpusLanguage;
  format: CvFormat;
  style: CvStyle;
  name: string;
  headline: string;
  email: string;
  phone: string;
  /** City as written; country for the expected location. */
  city: string;
  country: string;
  links: string[];
  summary: string;
  experience: {
    title: string;
    company: string;
    city: string;
    /** "YYYY-MM"; rendered by style.dates. */
    start: string;
    /** "YYYY-MM", or null while current. */
    end: string | null;
    bullets: string[];
  }[];
  education: { degree: string; field: string | null; institution: string; start: string; end: string }[];
  skills: string[];
  /** name is the language as written in the CV's own language. */
  languages: { code: string; name: string; level: LevelName }[];
  certifications: { name: string; issuer: string; year: string }[];
}

export type Bucket = "must" | "nice";
export type WorkModeName = "onsite" | "hybrid" | "remote";
export type JobHeader = "title-first" | "title-at" | "company-first";

export interface JobSource {
  id: string;
  language: CorpusLanguage;
  format: JobFormat;
  schema: "job-card-v1" | "creative-job-v1";
  header: JobHeader;
  headings: HeadingStyle;
  title: string;
  company: string;
  city: string;
  country: string;
  workMode: WorkModeName;
  /** How the work mode is written, e.g. "Hybrid (3 days in the office)". */
  workModeText: string;
  employmentType: "full_time" | "part_time" | "contract" | "freelance" | "temporary";
  yearsRequired: number | null;
  intro: string;
  responsibilities: { heading: string; items: string[] };
  /** Bulleted requirement lists under their own headings ("Requirements", "Nice to have", "Krav"…). */
  sections: { heading: string; bucket: Bucket; items: string[] }[];
  /** Requirements stated in running text ("Kubernetes experience is a plus."), under `prose.heading`. */
  prose: { heading: string; sentences: { text: string; bucket: Bucket | null }[] } | null;
  languageRequirements: { code: string; level: LevelName | null; required: boolean }[];
  contact: { name: string; email: string; phone: string | null };
  creative?: { disciplines: string[]; tools: string[]; portfolioRequired: boolean };
}
