import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTsv } from "./csv";
import type { SourceSkill } from "./types";

// O*NET commodity classes → our categories; anything else is a "tool".
const COMMODITY_CATEGORY: Record<string, string> = {
  "Data base management system software": "database",
  "Data base user interface and query software": "database",
  "Object or component oriented development software": "programming_language",
  "Development environment software": "tool",
  "Web platform development software": "frontend",
  "Operating system software": "os",
  "Program testing software": "testing",
  "Transaction security and virus protection software": "security",
  "Network security or virtual private network VPN management software": "security",
  "Spreadsheet software": "office",
  "Word processing software": "office",
  "Presentation software": "office",
  "Office suite software": "office",
  "Electronic mail software": "office",
  "Enterprise resource planning ERP software": "erp",
  "Graphics or photo imaging software": "design",
  "Computer aided design CAD software": "design",
  "Analytical or scientific software": "data",
  "Business intelligence and data analysis software": "data",
  "Data mining software": "data",
  "Configuration management software": "devops",
  "Cloud-based management software": "cloud",
  "Cloud-based data access and sharing software": "cloud",
};

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;

/**
 * O*NET spells acronyms beside their expansion: "Extensible markup language XML",
 * "Enterprise resource planning ERP software", "Human resource information system (HRIS)".
 * Each spelling becomes an alias.
 */
export function acronymAliases(name: string): string[] {
  const out: string[] = [];
  const paren = /^(.*\S)\s*\(([^()]+)\)\s*(.*)$/.exec(name);
  if (paren) {
    const [, before = "", inside = "", after = ""] = paren;
    out.push(`${before} ${after}`.trim());
    if (ACRONYM.test(inside) && inside.length >= 3) out.push(`${inside} ${after}`.trim());
    else out.push(`${inside} ${after}`.trim());
    return out;
  }
  const words = name.split(/\s+/);
  words.forEach((word, p) => {
    if (p < 2 || !ACRONYM.test(word) || /\d/.test(word)) return;
    const expansion = words.slice(0, p);
    const first = expansion[Math.max(0, p - word.length)]?.toLowerCase() ?? "";
    const last = expansion[p - 1]?.toLowerCase() ?? "";
    const acr = word.toLowerCase();
    if (!first.includes(acr[0] ?? "") || last[0] !== acr[acr.length - 1]) return;
    const rest = words.slice(p + 1).join(" ");
    out.push(`${expansion.join(" ")} ${rest}`.trim(), `${word} ${rest}`.trim());
  });
  return out;
}

/** Unique O*NET technology products (one record per "Example"). */
export function readOnetTechnology(sourcesDir: string): SourceSkill[] {
  const rows = parseTsv(readFileSync(join(sourcesDir, "onet", "Technology Skills.txt"), "utf8"));
  const byLabel = new Map<string, SourceSkill>();
  for (const row of rows) {
    const label = (row.Example ?? "").trim();
    if (!label || byLabel.has(label)) continue;
    const commodity = row["Commodity Title"] ?? "";
    byLabel.set(label, {
      source: "onet",
      label,
      display: label,
      aliases: acronymAliases(label),
      category: COMMODITY_CATEGORY[commodity] ?? "tool",
      sourceId: `${row["Commodity Code"] ?? ""}:${label}`,
    });
  }
  return [...byLabel.values()];
}

export interface SourceOccupationOnet {
  soc: string;
  title: string;
  aliases: string[];
}

/** O*NET occupations with their alternate, short and sample reported titles. */
export function readOnetOccupations(sourcesDir: string): SourceOccupationOnet[] {
  const dir = join(sourcesDir, "onet");
  const read = (file: string) => parseTsv(readFileSync(join(dir, file), "utf8"));
  const bySoc = new Map<string, SourceOccupationOnet>();
  for (const row of read("Occupation Data.txt")) {
    const soc = row["O*NET-SOC Code"] ?? "";
    bySoc.set(soc, { soc, title: (row.Title ?? "").trim(), aliases: [] });
  }
  const add = (soc: string, title: string | undefined) => {
    const t = (title ?? "").trim();
    if (t && t !== "n/a") bySoc.get(soc)?.aliases.push(t);
  };
  for (const row of read("Alternate Titles.txt")) {
    const soc = row["O*NET-SOC Code"] ?? "";
    add(soc, row["Alternate Title"]);
    add(soc, row["Short Title"]);
  }
  for (const row of read("Sample of Reported Titles.txt"))
    add(row["O*NET-SOC Code"] ?? "", row["Reported Job Title"]);
  return [...bySoc.values()];
}
