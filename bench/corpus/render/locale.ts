import type { CorpusLanguage, DateStyle, HeadingStyle, LevelName } from "../source/types";

/** Words a CV or job ad uses in each corpus language. */

export interface CvHeadings {
  summary: string;
  experience: string;
  education: string;
  skills: string;
  languages: string;
  certifications: string;
  contact: string;
}

export const cvHeadings: Record<CorpusLanguage, CvHeadings> = {
  en: {
    summary: "Profile",
    experience: "Work Experience",
    education: "Education",
    skills: "Skills",
    languages: "Languages",
    certifications: "Certifications",
    contact: "Contact",
  },
  da: {
    summary: "Profil",
    experience: "Erhvervserfaring",
    education: "Uddannelse",
    skills: "Kompetencer",
    languages: "Sprog",
    certifications: "Certificeringer",
    contact: "Kontakt",
  },
  de: {
    summary: "Profil",
    experience: "Berufserfahrung",
    education: "Ausbildung",
    skills: "Kenntnisse",
    languages: "Sprachen",
    certifications: "Zertifikate",
    contact: "Kontakt",
  },
  fr: {
    summary: "Profil",
    experience: "Expérience professionnelle",
    education: "Formation",
    skills: "Compétences",
    languages: "Langues",
    certifications: "Certifications",
    contact: "Contact",
  },
  ar: {
    summary: "نبذة",
    experience: "الخبرة العملية",
    education: "التعليم",
    skills: "المهارات",
    languages: "اللغات",
    certifications: "الشهادات",
    contact: "معلومات الاتصال",
  },
};

export const contactLabels: Record<
  CorpusLanguage,
  { email: string; phone: string; location: string; web: string }
> = {
  en: { email: "Email", phone: "Phone", location: "Location", web: "Web" },
  da: { email: "E-mail", phone: "Telefon", location: "Bopæl", web: "Web" },
  de: { email: "E-Mail", phone: "Telefon", location: "Wohnort", web: "Web" },
  fr: { email: "E-mail", phone: "Téléphone", location: "Adresse", web: "Web" },
  ar: { email: "البريد الإلكتروني", phone: "الهاتف", location: "العنوان", web: "الموقع" },
};

const levelWords: Record<
  CorpusLanguage,
  Record<"basic" | "conversational" | "professional" | "fluent" | "native", string>
> = {
  en: {
    basic: "Basic",
    conversational: "Conversational",
    professional: "Professional working proficiency",
    fluent: "Fluent",
    native: "Native",
  },
  da: {
    basic: "grundlæggende",
    conversational: "samtaleniveau",
    professional: "professionelt niveau",
    fluent: "flydende",
    native: "modersmål",
  },
  de: {
    basic: "Grundkenntnisse",
    conversational: "gute Kenntnisse",
    professional: "verhandlungssicher",
    fluent: "fließend",
    native: "Muttersprache",
  },
  fr: {
    basic: "notions",
    conversational: "intermédiaire",
    professional: "professionnel",
    fluent: "courant",
    native: "langue maternelle",
  },
  ar: {
    basic: "مبتدئ",
    conversational: "محادثة",
    professional: "مستوى مهني",
    fluent: "بطلاقة",
    native: "اللغة الأم",
  },
};

export function levelText(language: CorpusLanguage, level: LevelName): string {
  return /^[ABC][12]$/.test(level) ? level : levelWords[language][level as keyof (typeof levelWords)["en"]];
}

export function heading(text: string, style: HeadingStyle): string {
  if (style === "upper") return text.toLocaleUpperCase("en");
  if (style === "colon") return `${text}:`;
  return text;
}

const monthsShort: Record<CorpusLanguage, string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  da: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
  de: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  ar: [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
  ],
};

const monthsLong: Record<CorpusLanguage, string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  ar: monthsShort.ar,
};

const presentWord: Record<CorpusLanguage, string> = {
  en: "Present",
  da: "nu",
  de: "heute",
  fr: "aujourd'hui",
  ar: "حتى الآن",
};

/** Whether a date style writes months (so the expected card carries YYYY-MM) or only years. */
export function hasMonths(style: DateStyle): boolean {
  return style !== "year-to" && style !== "year";
}

function point(value: string, style: DateStyle, language: CorpusLanguage): string {
  const [year, mm] = value.split("-") as [string, string | undefined];
  const month = Number(mm ?? "1") - 1;
  switch (style) {
    case "mon":
      return `${monthsShort[language][month]} ${year}`;
    case "month":
      return `${monthsLong[language][month]} ${year}`;
    case "iso":
      return `${year}-${mm ?? "01"}`;
    case "slash":
      return `${mm ?? "01"}/${year}`;
    case "dot":
      return `${mm ?? "01"}.${year}`;
    case "year-to":
    case "year":
      return year;
  }
}

const rangeWord: Record<CorpusLanguage, string> = { en: "to", da: "til", de: "bis", fr: "à", ar: "إلى" };

/** "Jan 2020 – Present", "2019-03 – 2021-02", "2018 to 2020", "2015–2018", "jan. 2020 – nu"… */
export function dateRange(
  start: string,
  end: string | null,
  style: DateStyle,
  language: CorpusLanguage,
): string {
  const from = point(start, style, language);
  const to = end === null ? presentWord[language] : point(end, style, language);
  if (style === "year-to")
    return `${from} ${rangeWord[language]} ${end === null ? to.toLocaleLowerCase("en") : to}`;
  if (style === "year") return `${from}–${to}`;
  if (style === "month") return `${from} - ${to}`;
  return `${from} – ${to}`;
}
