import type { JobCardV1 } from "../job/job-card-v1";
import { type Line, splitLabel } from "./text";

/** Employment type, contract terms and salary, as job ads state them (en/da/de/fr/es/ar). */

type Basics = JobCardV1["basics"];
type EmploymentType = NonNullable<Basics["employment_type"]>;

const employmentPatterns: Array<[EmploymentType, RegExp]> = [
  [
    "internship",
    /\b(?:internship|intern|praktikant|praktikplads|praktikum|werkstudent(?:in)?|stagiaire|offre de stage|prácticas|becario)\b|تدريب/iu,
  ],
  [
    "apprenticeship",
    /\b(?:apprenticeship|apprentice|lærling|elevplads|ausbildungsplatz|ausbildung zu[mr]|alternance|aprendiz)\b/iu,
  ],
  ["freelance", /\b(?:freelance|freelancer|freiberuflich|freie mitarbeit|indépendant|autónomo)\b|عمل حر/iu],
  [
    "contract",
    /\b(?:contract (?:role|position|basis|assignment|job)|contractor|b2b contract|kontraktansættelse|projektansættelse|werkvertrag|consultant assignment)\b/iu,
  ],
  [
    "temporary",
    /\b(?:temporary|temp job|vikariat|barselsvikariat|midlertidig|aushilfe|intérim|cdd|temporal)\b|مؤقت/iu,
  ],
  [
    "part_time",
    /\b(?:part[- ]?time|deltid|teilzeit|temps partiel|tiempo parcial|media jornada)\b|دوام جزئي/iu,
  ],
  [
    "full_time",
    /\b(?:full[- ]?time|fuldtid\w*|fuld tid|vollzeit\w*|temps plein|plein temps|tiempo completo|jornada completa|cdi)\b|دوام كامل/iu,
  ],
];

/** The employment type a short text names ("Contract", "Part-time"), or null. */
export function employmentTypeOf(text: string): EmploymentType | null {
  return employmentPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** The employment type mentioned first (a labelled "Employment type:" line wins). */
export function findEmploymentType(
  lines: Line[],
): { value: EmploymentType; line: Line; quote: string } | null {
  let best: { value: EmploymentType; line: Line; quote: string; rank: number } | null = null;
  for (const line of lines) {
    const label = splitLabel(line.text);
    const labelled =
      label && /type|form|ansættelse|anstellung|contrat|contrato|jornada|نوع/iu.test(label.label);
    for (const [value, pattern] of employmentPatterns) {
      const m = pattern.exec(line.text);
      if (!m) continue;
      const rank = labelled ? -1 : line.i * 1000 + m.index;
      if (!best || rank < best.rank) best = { value, line, quote: m[0], rank };
    }
    if (best?.rank === -1) break;
  }
  return best ? { value: best.value, line: best.line, quote: best.quote } : null;
}

const permanent =
  /\b(?:permanent|fastansættelse|fast stilling|fastansat|unbefristet(?:e|er)?|cdi|indefinido)\b|دائم/iu;
const fixedTerm = /\b(?:fixed[- ]term|tidsbegrænset|befristet(?:e|er)?|cdd|contrato temporal)\b/iu;
const duration =
  /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:months?|måneder|mdr\.?|monate?n?|mois|meses|weeks?|uger|wochen|semaines|semanas|years?)\b(?:[^.\n]{0,50}\b(?:option|extension|extend|forlængelse|verlängerung|prolongation|prórroga)\b[^.\n]{0,30})?/iu;
const asap =
  /\b(?:asap|as soon as possible|immediately|immediate start|snarest muligt|hurtigst muligt|snarest|ab sofort|zum nächstmöglichen zeitpunkt|dès que possible|lo antes posible|de inmediato)\b|في أقرب وقت/iu;
const startLabel =
  /^(start|start date|starting date|tiltrædelse|startdato|eintritt|eintrittsdatum|beginn|date de début|prise de poste|fecha de inicio|incorporación|تاريخ البدء)$/iu;
const rate =
  /(?:(?:DKK|EUR|USD|GBP|SEK|NOK|CHF|€|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:DKK|EUR|USD|GBP|SEK|NOK|CHF|kr\.?|€))\s*(?:\/|per|pr\.?|a|an)\s*(?:hour|hr|h|time|timen|stunde|std|heure|hora|day|dag|tag|jour|día)\b/iu;

export function findContract(text: string, lines: Line[]): Basics["contract"] {
  const type = permanent.test(text) ? "permanent" : fixedTerm.test(text) ? "fixed-term" : null;
  const labelledStart = lines
    .map((l) => splitLabel(l.text))
    .find((l) => l && startLabel.test(l.label))?.value;
  const start = labelledStart ?? asap.exec(text)?.[0] ?? null;
  const dur = duration.exec(text)?.[0] ?? null;
  const r = rate.exec(text)?.[0] ?? null;
  if (!type && !start && !dur && !r) return null;
  return { type, duration: dur, start_date: start, rate: r };
}

const currencyCodes: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", kr: "DKK", "kr.": "DKK" };
const money = String.raw`\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?\s?[kK]?`;
const cur = String.raw`DKK|EUR|USD|GBP|SEK|NOK|CHF|AED|SAR|QAR|EGP|€|\$|£|kr\.?`;
const salaryPattern = new RegExp(
  String.raw`(?:(${cur})\s?(${money})|(${money})\s?(${cur}))(?:\s*(?:-|–|—|to|til|bis|à|a)\s*(?:${cur})?\s?(${money})\s?(?:${cur})?)?(?:\s*(?:\/|per|pr\.?|a|an|par|al|om)\s*(year|annum|yr|month|måned|md|monat|mois|mes|hour|hr|time|stunde|heure|hora|day|week))?`,
  "iu",
);
const salaryCue =
  /salary|compensation|pay|wage|løn|gage|gehalt|vergütung|salaire|rémunération|salario|sueldo|راتب|الراتب/iu;

function amount(raw: string | undefined): number | null {
  if (!raw) return null;
  const k = /k$/i.test(raw.trim());
  const digits = raw
    .replace(/[kK\s]/g, "")
    .replace(/[.,](?=\d{3}(?:\D|$))/g, "")
    .replace(",", ".");
  const n = Number(digits);
  return Number.isFinite(n) ? (k ? n * 1000 : n) : null;
}

export function findSalary(lines: Line[]): Basics["salary"] {
  for (const line of lines) {
    if (!salaryCue.test(line.text) && !/[€$£]\s?\d/.test(line.text)) continue;
    const m = salaryPattern.exec(line.text);
    if (!m) continue;
    if (rate.test(m[0])) continue;
    const symbol = (m[1] ?? m[4] ?? "").toLowerCase();
    const currency = currencyCodes[symbol] ?? (symbol ? symbol.toUpperCase() : null);
    const min = amount(m[2] ?? m[3]);
    const max = amount(m[5]);
    if (min === null || min < 10) continue;
    const unit = (m[6] ?? "").toLowerCase();
    const period = /^(year|annum|yr)$/.test(unit)
      ? "year"
      : /^(month|måned|md|monat|mois|mes)$/.test(unit)
        ? "month"
        : /^(hour|hr|time|stunde|heure|hora)$/.test(unit)
          ? "hour"
          : unit === "day"
            ? "day"
            : unit === "week"
              ? "week"
              : null;
    return {
      min,
      max,
      currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
      period,
      raw: m[0].trim(),
    };
  }
  return null;
}
