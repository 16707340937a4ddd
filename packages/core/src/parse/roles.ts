import { list } from "./headings";
import type { ParseNormalizer } from "./normalizer";
import { phraseRegExp } from "./text";

/** Words that make a phrase a job title, or a company name, in the languages we read. */

const roleNouns = list(`
  engineer|developer|programmer|architect|manager|director|designer|consultant|analyst|specialist|scientist|
  researcher|administrator|coordinator|assistant|associate|officer|lead|head|founder|co-founder|owner|partner|
  intern|trainee|apprentice|student|teacher|lecturer|professor|nurse|doctor|physician|accountant|auditor|
  controller|economist|lawyer|attorney|paralegal|advisor|adviser|technician|operator|mechanic|electrician|
  writer|copywriter|editor|journalist|illustrator|animator|photographer|artist|producer|marketer|strategist|
  recruiter|representative|agent|executive|supervisor|foreman|chef|cook|driver|clerk|secretary|receptionist|
  cashier|salesperson|seller|buyer|planner|scheduler|tester|inspector|therapist|pharmacist|psychologist|
  surveyor|geologist|chemist|biologist|physicist|mathematician|statistician|librarian|translator|interpreter|
  ceo|cto|cfo|coo|cio|cmo|vp|president|chairman|board member|freelancer|contractor|volunteer|tutor|instructor|
  coach|trainer|scrum master|product owner|devops|sre|full stack|full-stack|frontend|front-end|backend|back-end|
  leader|member|fellow|ambassador|counselor|counsellor|educator|dean|chairperson|chair|aide|worker|nanny|
  caregiver|waiter|waitress|bartender|barista|teller|banker|dispatcher|ranger|guard|pilot|attendant|courier|
  carpenter|plumber|welder|machinist|practitioner|advocate|solicitor|barrister|paramedic|dentist|surgeon|
  nutritionist|investigator|merchandiser|estimator|laborer|labourer|expert|scholar|rep|internship|
  udvikler|ingeniør|konsulent|projektleder|chef|leder|direktør|medarbejder|sygeplejerske|lærer|pædagog|
  assistent|elev|praktikant|studentermedhjælper|specialist|rådgiver|designer|sælger|entwickler|ingenieur|
  berater|leiter|leiterin|projektleiter|geschäftsführer|mitarbeiter|referent|sachbearbeiter|werkstudent|
  praktikant|entwicklerin|ingenieurin|beraterin|développeur|développeuse|ingénieur|ingénieure|chef de projet|
  chargé|chargée|responsable|directeur|directrice|stagiaire|alternant|gestionnaire|technicien|technicienne|
  électricien|électricienne|mécanicien|mécanicienne|électromécanicien|comptable|infirmier|infirmière|vendeur|
  vendeuse|conseiller|conseillère|cheffe|architecte|analyste|consultante|assistante|commercial|commerciale|desarrollador|desarrolladora|
  ingeniero|ingeniera|consultor|consultora|jefe|jefa|gerente|director|directora|analista|becario|técnico|
  مهندس|مهندسة|مطور|مطورة|مبرمج|مدير|مديرة|محاسب|محاسبة|مصمم|مصممة|مستشار|محلل|أخصائي|اخصائي|مسؤول|منسق|
  مساعد|معلم|معلمة|ممرض|ممرضة|طبيب|رئيس|مشرف|فني|باحث|متدرب|كاتب|مترجم
`);

const companyCues = list(`
  corporation|company|group|holding|holdings|bank|university|universitet|universität|
  université|universidad|hospital|hospitalet|klinik|clinic|agency|bureau|studio|studios|labs|lab|solutions|
  systems|technologies|technology|tech|software|consulting|consultancy|partners|ventures|capital|foundation|
  fonden|institute|institut|ministry|ministeriet|kommune|region|municipality|council|school|college|academy|
  services|media|digital|networks|logistics|pharma|energy|insurance|international|global|shipping|
  شركة|مؤسسة|بنك|جامعة|مستشفى|وزارة|مجموعة
`);

const legalSuffix =
  /(?<![\p{L}])(?:Inc|Ltd|Limited|Pvt|LLC|LLP|PLC|plc|GmbH|AG|KG|SE|ApS|A\/S|AS|AB|Oy|BV|B\.V|NV|N\.V|SA|S\.A|SARL|SAS|S\.L|SRL|S\.p\.A|Corp|Co)\.?(?![\p{L}])/u;
/** The longer suffixes in any case ("INFOSYS LTD", "Acme limited"); the two-letter ones only as written. */
const legalSuffixAnyCase =
  /(?<![\p{L}])(?:inc|ltd|limited|pvt|private limited|llc|llp|plc|gmbh|corp|corporation)\.?(?![\p{L}])/iu;

export const rolePattern = phraseRegExp(roleNouns);
/** Every long legal suffix of a text; matchAll works on a copy, so its lastIndex never moves. */
const everyLegalSuffix = new RegExp(legalSuffixAnyCase.source, "giu");

/**
 * Where the name's long legal suffix ends ("Quellin India Pvt Ltd", "TARVO LIMITED": only a firm
 * carries one; the two-letter ones, "SA", "SE", are too often a place), or -1.
 */
export function legalSuffixEnd(text: string): number {
  let end = -1;
  for (const hit of text.matchAll(everyLegalSuffix)) end = hit.index + hit[0].length;
  return end;
}
/** Danish and German write roles as compounds: "Softwareentwickler", "Regnskabsansvarlig", "Bauleiterin". */
const compoundRole =
  /\p{L}(?:udvikler|ingeniør|leder|konsulent|assistent|medarbejder|ansvarlig|chef|rådgiver|sygeplejerske|tekniker|entwickler(?:in)?|ingenieur(?:in)?|leiter(?:in)?|berater(?:in)?|techniker(?:in)?|mechaniker(?:in)?|elektriker(?:in)?|kaufmann|kauffrau|referent(?:in)?|pfleger(?:in)?|manager(?:in)?)(?![\p{L}])/iu;
const companyPattern = phraseRegExp(companyCues);

/**
 * Places of work that name an employer only when they end the name: "Kenya Law Reform Commission",
 * "Darrelbar Confectionary Store", but "Writing Center Tutor" and "Office Assistant" are jobs.
 */
const workplaceNouns = list(`
  associates|commission|office|department|authority|association|society|committee|organization|organisation|
  center|centre|store|shop|boutique|restaurant|cafe|café|hotel|firm|laboratory|newspaper|magazine|museum|
  library|program|programme|club|church|trust
`);
const workplacePattern = phraseRegExp(workplaceNouns);

/** The first phrase, up to "of", a comma or a bracket: "Program officer" in "Program officer of X (NGO)". */
function firstPhrase(text: string): string {
  return text.split(/\s+of\s+|[,([]/u)[0] ?? text;
}

/** The first phrase's head word, its last: "officer" in "Program officer of X (NGO)". */
function headWord(text: string): string {
  return firstPhrase(text).trim().split(/\s+/).at(-1) ?? "";
}

/**
 * Organisation words outside a job's own phrase: "Software Engineer" and "Bank Teller" name the
 * field of a job (the head is a role noun), "Writing Tutor, Towson University" names a place too.
 */
function organisationWord(text: string): boolean {
  // The cheap test first: most text holds no organisation word at all.
  if (!companyPattern.test(text)) return false;
  return !hasRoleWord(headWord(text)) || companyPattern.test(text.slice(firstPhrase(text).length));
}

function namesWorkplace(text: string): boolean {
  return workplacePattern.test(text) && !hasRoleWord(headWord(text));
}

/** A role noun in the text ("engineer", "Softwareentwickler"): it names a job. */
export function hasRoleWord(text: string): boolean {
  return rolePattern.test(text) || compoundRole.test(text);
}

/** Title lookups are the costly part of reading an entry header; one header asks several times. */
const titleScores = new WeakMap<ParseNormalizer, Map<string, number>>();

/** How strongly the text reads as a job title (0 = not at all). */
export function titleScore(text: string, normalizer: ParseNormalizer): number {
  let cache = titleScores.get(normalizer);
  if (!cache) {
    cache = new Map();
    titleScores.set(normalizer, cache);
  }
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (cache.size > 5000) cache.clear();
  const score = scoreTitle(text, normalizer);
  cache.set(text, score);
  return score;
}

function scoreTitle(text: string, normalizer: ParseNormalizer): number {
  let score = hasRoleWord(text) ? 2 : 0;
  const hit = normalizer.findTitles(text)[0];
  if (hit) score += hit.end - hit.start >= text.trim().length * 0.5 ? 3 : 1;
  if (text.length > 70) score -= 2;
  return score;
}

/**
 * How strongly the text reads as an organisation name (0 = not at all). `workplaces`: whether a
 * place-of-work noun counts ("… Store", "… Church"); the person-name check leaves them out,
 * since such nouns are surnames too ("Sam Store", "Ann Church").
 */
export function companyScore(text: string, workplaces = true): number {
  const cue =
    organisationWord(text) ||
    legalSuffix.test(text) ||
    legalSuffixAnyCase.test(text) ||
    (workplaces && namesWorkplace(text));
  let score = cue ? 2 : 0;
  if (/[&]|\b[A-Z]{2,}\b/.test(text) && !rolePattern.test(text)) score += 1;
  return score;
}

/** Role nouns that a field of work leads in a known title ("Finance Manager", "Science Officer"). */
const fieldProbes = ["Manager", "Specialist", "Officer", "Analyst", "Engineer", "Teacher"];

/**
 * A field of work ("Finance", "Customer Success"): a word or two that lead a known title before a
 * role noun ("Finance Analyst", "Customer Success Manager"); `role` is tried first when given.
 */
export function namesField(text: string, normalizer: ParseNormalizer, role?: string): boolean {
  return [...(role ? [role] : []), ...fieldProbes].some((noun) => {
    const probe = `${text} ${noun}`;
    // The whole probe one title: "Hands" is a title too, but "Hands-On Mobile Manager" is none.
    return normalizer.findTitles(probe).some((hit) => hit.start === 0 && hit.end === probe.length);
  });
}
