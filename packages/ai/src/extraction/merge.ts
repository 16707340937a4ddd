import {
  type CreativeJobV1,
  defaultNormalizer,
  findLanguage,
  findLanguageLevel,
  type JobCardV1,
  type Requirement,
  type ResumeCardV1,
} from "@futodama/core";
import type { JobExtraction, ResumeExtraction } from "./schemas";
import { EvidenceChecker } from "./verify";

/*
 * LLM facts merged over the deterministic card: a fact is taken only when its quote is in the
 * document; otherwise the deterministic value stays. Lists the model filled with evidence
 * replace the deterministic lists; skills and certifications are unions.
 */
export interface MergeResult<C> {
  card: C;
  dropped: string[];
  /** Claims the evidence check examined. */
  checked: number;
}

const ym = (v: string | null) => (v && /^\d{4}(-\d{2})?$/.test(v) ? v : null);

export function mergeResume(
  base: ResumeCardV1,
  x: ResumeExtraction,
  text: string,
): MergeResult<ResumeCardV1> {
  const check = new EvidenceChecker(text);
  const take = check.take.bind(check);
  const p = base.personal_info;
  const location = take("personal_info.location", x.location);
  // An entry stands on its title (or school) and its employer: a real title on an invented
  // employer is an invented role, dropped whole. Places and dates the CV does not give are nulled.
  const experience = x.experience.flatMap((e, i) => {
    const detail = (key: string, value: string | null, kind?: "date") =>
      check.detail(`work_experience[${i}].${key}`, value, e.evidence, kind);
    const company = detail("company", e.company);
    if (!check.accept(`work_experience[${i}]`, e.title, e.evidence) || (e.company && !company)) return [];
    const same = base.work_experience.find((w) => w.title?.toLowerCase() === e.title.toLowerCase());
    const place = detail("location", e.location);
    return [
      {
        title: e.title,
        company,
        location: place ? { raw: place } : null,
        start: ym(detail("start", e.start, "date")),
        end: e.current ? null : ym(detail("end", e.end, "date")),
        current: e.current,
        bullets: same?.bullets ?? [],
      },
    ];
  });
  const education = x.education.flatMap((e, i) => {
    const detail = (key: string, value: string | null, kind?: "date") =>
      check.detail(`education[${i}].${key}`, value, e.evidence, kind);
    const institution = detail("institution", e.institution);
    if (
      !check.accept(`education[${i}]`, e.institution ?? e.degree, e.evidence) ||
      (e.institution && !institution)
    )
      return [];
    return [
      {
        degree: detail("degree", e.degree),
        field: detail("field", e.field),
        institution,
        start: ym(detail("start", e.start, "date")),
        end: ym(detail("end", e.end, "date")),
      },
    ];
  });
  const normalizer = defaultNormalizer();
  const skills = [...base.skills];
  for (const [i, s] of x.skills.entries()) {
    if (!check.accept(`skills[${i}]`, s.name, s.evidence)) continue;
    const entry = normalizer.canonicalSkill(s.name);
    if (skills.some((k) => (entry && k.id === entry.id) || k.name.toLowerCase() === s.name.toLowerCase()))
      continue;
    skills.push({
      id: entry?.id ?? null,
      name: entry?.label ?? s.name,
      raw: s.name,
      category: entry?.category ?? null,
    });
  }
  const languages = [...base.languages];
  for (const [i, l] of x.languages.entries()) {
    const found = findLanguage(l.language);
    if (!found || !check.accept(`languages[${i}]`, l.language, l.evidence)) continue;
    if (languages.some((k) => k.language === found.code)) continue;
    languages.push({
      language: found.code,
      name: l.language,
      level: l.level ? findLanguageLevel(l.level) : null,
    });
  }
  const certifications = [...base.certifications];
  for (const [i, c] of x.certifications.entries()) {
    if (!check.accept(`certifications[${i}]`, c.name, c.evidence)) continue;
    if (!certifications.some((k) => k.name.toLowerCase() === c.name.toLowerCase()))
      certifications.push({ name: c.name });
  }
  const card: ResumeCardV1 = {
    ...base,
    personal_info: {
      ...p,
      name: take("personal_info.name", x.name) ?? p.name,
      email: take("personal_info.email", x.email) ?? p.email,
      phone: take("personal_info.phone", x.phone) ?? p.phone,
      headline: take("personal_info.headline", x.headline) ?? p.headline,
      location: location ? { ...p.location, raw: location } : p.location,
    },
    summary: take("summary", x.summary) ?? base.summary,
    work_experience: experience.length > 0 ? experience : base.work_experience,
    education: education.length > 0 ? education : base.education,
    skills,
    languages,
    certifications,
  };
  return { card, dropped: check.dropped, checked: check.checked };
}

export function mergeJob<C extends JobCardV1 | CreativeJobV1>(
  base: C,
  x: JobExtraction,
  text: string,
): MergeResult<C> {
  const check = new EvidenceChecker(text);
  const take = check.take.bind(check);
  const normalizer = defaultNormalizer();
  const requirements = (bucket: "must_have" | "nice_to_have"): Requirement[] =>
    x[bucket]
      .filter((r, i) => check.accept(`requirements.${bucket}[${i}]`, r.text, r.evidence))
      .map((r) => {
        const skill = normalizer.findSkills(r.text)[0];
        return { text: r.text, kind: skill ? "skill" : "other", skill_id: skill?.id ?? null };
      });
  const must = requirements("must_have");
  const nice = requirements("nice_to_have");
  const workMode =
    x.work_mode && check.accept("basics.work_mode", x.work_mode.evidence, x.work_mode.evidence)
      ? x.work_mode.value
      : undefined;
  const years =
    x.years_required &&
    check.accept("years_required", String(x.years_required.value), x.years_required.evidence)
      ? x.years_required.value
      : undefined;
  const location = take("basics.location", x.location);
  const email = take("contact.email", x.contact_email);
  const card: C = {
    ...base,
    basics: {
      ...base.basics,
      title: take("basics.title", x.title) ?? base.basics.title,
      company: take("basics.company", x.company) ?? base.basics.company,
      location: location ? { ...base.basics.location, raw: location } : base.basics.location,
      work_mode: workMode ?? base.basics.work_mode,
    },
    requirements: {
      must_have: must.length + nice.length > 0 ? must : base.requirements.must_have,
      nice_to_have: must.length + nice.length > 0 ? nice : base.requirements.nice_to_have,
    },
    years_required: years ?? base.years_required,
    contact: email ? { ...base.contact, email } : base.contact,
  };
  return { card, dropped: check.dropped, checked: check.checked };
}
