/** A skill as read from one source, before merging. */
export interface SourceSkill {
  source: "esco" | "onet";
  /** The source's own label. */
  label: string;
  /** Display label (ESCO "Java (computer programming)" → "Java"). */
  display: string;
  aliases: string[];
  category: string;
  sourceId?: string;
  parentLabels?: string[];
}

export interface CuratedEntry {
  id: string;
  label: string;
  aliases?: string[];
  category: string;
  parents?: string[];
  related?: string[];
  ambiguous?: boolean;
  ambiguousAliases?: string[];
  context?: string[];
  /** Source labels merged into this entry beyond label/alias equality: "esco:…", "onet:…". */
  match?: string[];
  /** Source records that share a spelling but are something else (ESCO "SPARK" is the Ada dialect). */
  notMatch?: string[];
}

export const curatedCategories = [
  "programming_language",
  "framework",
  "library",
  "database",
  "cloud",
  "devops",
  "tool",
  "data",
  "ml",
  "mobile",
  "frontend",
  "backend",
  "testing",
  "security",
  "os",
  "methodology",
  "certification",
  "design",
  "office",
  "erp",
  "finance",
  "healthcare",
  "hr",
  "logistics",
  "sales",
  "marketing",
  "education",
  "trades",
  "professional",
  "other",
] as const;
