import { describe, expect, it } from "vitest";
import { findPhones } from "../../src/parse/contact";
import { findDates } from "../../src/parse/dates";
import { cleanTitle, readJobHead } from "../../src/parse/job-head";
import { clauseWeight, toRequirements, weigh, yearsIn } from "../../src/parse/job-requirements";
import { employmentTypeOf, findContract, findEmploymentType, findSalary } from "../../src/parse/job-terms";
import { guessKind } from "../../src/parse/kind";
import { findLanguages, findLevel } from "../../src/parse/languages";
import {
  degreesLexicon,
  documentWordsLexicon,
  headingsLexicon,
  jobHeadLexicon,
  jobTermsLexicon,
  languageLevelsLexicon,
  languageNamesLexicon,
  monthsLexicon,
  personLexicon,
  placesLexicon,
  requirementsLexicon,
  rolesLexicon,
} from "../../src/parse/lexicon";
import type { ParseNormalizer } from "../../src/parse/normalizer";
import { findHomeLocation, findName } from "../../src/parse/person";
import { readLocation, runOnTown } from "../../src/parse/places";
import { isPageNumber, parseResume } from "../../src/parse/resume";
import { companyScore, hasRoleWord, legalSuffixEnd } from "../../src/parse/roles";
import { toLines } from "../../src/parse/text";
import { textDoc as doc } from "./helpers";

/**
 * The longest way to write a regular-expression alternative, each optional part written and the
 * first choice of each group or class taken: "werkstudent(?:in)?" → "werkstudentin", "part[- ]?time"
 * → "part-time", "ausbildung zu[mr]" → "ausbildung zum", "fuldtid\w*" → "fuldtid". (The longest:
 * "exigé" ends in a letter `\b` does not know, so only "exigée" is a cue.)
 */
function spelled(alternative: string): string {
  const word = alternative
    .replace(/\\w\*/g, "")
    .replace(/\(\?:([^|)]*)[^)]*\)/g, "$1")
    .replace(/\[(.)[^\]]*\]/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/\?/g, "");
  expect(new RegExp(`^(?:${alternative})$`, "iu").test(word), `${alternative} as "${word}"`).toBe(true);
  return word;
}

const linesOf = (text: string) => toLines(doc(text));

/** A normalizer that knows no skill, so a requirement's kind comes from its words alone. */
const noSkills: ParseNormalizer = { findSkills: () => [], findTitles: () => [] };

/** The kind of requirement a job ad's line states. */
function kindOf(text: string): string | undefined {
  const line = linesOf(text)[0];
  if (!line) return undefined;
  return toRequirements({ text, line, at: 0 }, noSkills).requirements[0]?.kind;
}

/** The title, company and place of work a job ad's head states, each as written. */
function headOf(text: string) {
  const lines = linesOf(text);
  const head = readJobHead(lines, lines.slice(0, 10), noSkills);
  return { title: head.title?.value, company: head.company?.value, location: head.location?.quote };
}

describe("the parsers' word lists are codex data (codex/lexicon)", () => {
  it("loads every list, with twelve months and each section kind named", () => {
    expect(monthsLexicon.months).toHaveLength(12);
    expect(headingsLexicon.resume.experience).toContain("work experience");
    expect(headingsLexicon.job.requirements).toContain("requirements");
    expect(degreesLexicon.degree_words.length).toBeGreaterThan(10);
  });

  it("reads every month name in the file as that month", () => {
    monthsLexicon.months.forEach((names, k) => {
      for (const name of names) {
        const hit = findDates(`${name} 2019 - 2020`, new Date("2024-01-01"))[0];
        expect(hit?.start, name).toBe(`2019-${String(k + 1).padStart(2, "0")}`);
      }
    });
  });

  it("reads every season in the file as a date to the year", () => {
    for (const season of monthsLexicon.seasons) {
      const hit = findDates(`${season} 2014`, new Date("2024-01-01"), true)[0];
      expect(hit?.start, season).toBe("2014");
    }
  });

  it("reads every open end, range word and since word in the file", () => {
    const now = new Date("2024-01-01");
    const running = { start: "2019", end: null, current: true };
    for (const word of monthsLexicon.open_ends)
      expect(findDates(`2019 - ${spelled(word)}`, now)[0], word).toMatchObject(running);
    for (const phrase of monthsLexicon.composed_open_ends)
      expect(findDates(`2019 ${spelled(phrase)}`, now)[0], phrase).toMatchObject(running);
    for (const word of monthsLexicon.range_words)
      expect(findDates(`2015 ${word} 2018`, now)[0], word).toMatchObject({ start: "2015", end: "2018" });
    for (const word of monthsLexicon.since_words)
      expect(findDates(`${word} 2019`, now)[0], word).toMatchObject(running);
    for (const word of monthsLexicon.from_words) {
      const [hit] = findDates(`${word} 2015 - 2018`, now);
      expect(hit, word).toMatchObject({ start: "2015", end: "2018", index: 0 });
    }
  });

  it("keeps every entry sub-heading in the file inside an experience section", () => {
    for (const part of headingsLexicon.entry_parts) {
      const card = parseResume(
        doc(
          `Asha Rao\nasha@example.com\n\nExperience\n\nAnalyst\nAcme Bank - Pune\nJune 2016 to Present\n${part}:\n- Ran reports\nClerk\nFabrikam Bank - Mumbai\nMay 2014 to May 2016`,
        ),
        { now: new Date("2024-01-01") },
      );
      expect(
        card.work_experience.map((j) => j.title),
        part,
      ).toEqual(["Analyst", "Clerk"]);
    }
  });

  it("uses the degree and heading words from the files", () => {
    const card = parseResume(
      doc(
        "Asha Rao\nasha@example.com\n\nJob History\n\nAnalyst\nAcme Bank - Pune, Maharashtra\nJune 2016 to Present\n\nEducation\n\nB.Tech in Computer Science\nPune University\n2012 - 2016",
      ),
      { now: new Date("2024-01-01") },
    );
    expect(card.work_experience[0]?.title).toBe("Analyst");
    expect(card.education[0]?.degree).toMatch(/B\.Tech/);
    expect(card.education[0]?.institution).toBe("Pune University");
  });

  it("reads every role noun in the file as naming a job, in each of its languages", () => {
    for (const [language, nouns] of Object.entries(rolesLexicon.role_nouns)) {
      for (const noun of nouns) expect(hasRoleWord(`Senior ${noun}`), `${language}: ${noun}`).toBe(true);
    }
  });

  it("reads a job written as one compound word with every ending in the file", () => {
    for (const ending of Object.values(rolesLexicon.compound_role_endings).flat()) {
      // The ending as a word: "entwickler(?:in)?" is written "entwickler".
      const word = ending.replace(/\(\?:[^)]*\)\?/g, "");
      expect(hasRoleWord(`Software${word}`), ending).toBe(true);
    }
  });

  it("reads every organisation word and legal suffix in the file as naming an employer", () => {
    for (const cue of rolesLexicon.company_cues)
      expect(companyScore(`Quellin ${cue}`), cue).toBeGreaterThanOrEqual(2);
    for (const noun of rolesLexicon.workplace_nouns)
      expect(companyScore(`Quellin ${noun}`), noun).toBeGreaterThanOrEqual(2);
    for (const suffix of rolesLexicon.legal_suffixes.any_case) {
      expect(legalSuffixEnd(`Quellin ${suffix}`), suffix).toBe(`Quellin ${suffix}`.length);
    }
  });

  it("reads every country, city and remote word in the file as a place", () => {
    for (const country of placesLexicon.countries)
      expect(readLocation(country)?.country, country).toBe(country);
    for (const city of placesLexicon.cities) {
      // A city-state ("Singapore") is read as its country.
      const place = readLocation(city);
      expect(place?.city ?? place?.country, city).toBe(city);
    }
    for (const word of placesLexicon.remote)
      expect(readLocation(word), word).toMatchObject({ city: null, raw: word });
  });

  it("reads every employment type's words in the file as that type, in a label's line first", () => {
    for (const [type, words] of Object.entries(jobTermsLexicon.employment_types)) {
      for (const word of words) expect(employmentTypeOf(`A ${spelled(word)} role`), word).toBe(type);
    }
    for (const label of jobTermsLexicon.employment_labels) {
      const found = findEmploymentType(linesOf(`Freelance projects welcome\n${spelled(label)}: Part-time`));
      expect(found?.value, label).toBe("part_time");
    }
  });

  it("reads every contract, duration, start and rate word in the file", () => {
    const { contract_types: types } = jobTermsLexicon;
    for (const word of types.permanent)
      expect(findContract(`A ${spelled(word)} position`, [])?.type, word).toBe("permanent");
    for (const word of types.fixed_term)
      expect(findContract(`A ${spelled(word)} position`, [])?.type, word).toBe("fixed-term");
    for (const unit of jobTermsLexicon.duration_units)
      expect(findContract(`For 6 ${spelled(unit)} from May`, [])?.duration, unit).toMatch(
        new RegExp(`^6 (?:${unit})$`, "iu"),
      );
    for (const word of jobTermsLexicon.extension_words) {
      const text = `6 months, ${spelled(word)} possible`;
      expect(findContract(`${text}.`, [])?.duration, word).toBe(text);
    }
    for (const label of jobTermsLexicon.start_labels)
      expect(findContract("", linesOf(`${spelled(label)}: 1 March`))?.start_date, label).toBe("1 March");
    for (const word of jobTermsLexicon.start_now)
      expect(findContract(`We start ${spelled(word)}.`, [])?.start_date, word).toBe(spelled(word));
    for (const unit of jobTermsLexicon.rate_units)
      expect(findContract(`Rate: 90 EUR per ${spelled(unit)}`, [])?.rate, unit).toBe(
        `90 EUR per ${spelled(unit)}`,
      );
  });

  it("reads every salary word and period in the file", () => {
    for (const word of jobTermsLexicon.salary_words)
      expect(findSalary(linesOf(`${spelled(word)}: 52000 DKK`))?.min, word).toBe(52000);
    for (const [period, units] of Object.entries(jobTermsLexicon.salary_periods)) {
      // AED: an hourly amount in a currency the day-rate reading knows is a rate, not a salary.
      for (const unit of units)
        expect(findSalary(linesOf(`Salary: 52000 AED per ${unit}`))?.period, unit).toBe(period);
    }
  });

  it("weighs a requirement with every cue word in the file", () => {
    const cues = requirementsLexicon;
    for (const cue of cues.nice_cues) expect(weigh(`Kotlin ${spelled(cue)}`, "must"), cue).toBe("nice");
    for (const cue of cues.must_cues) expect(weigh(`Kotlin ${spelled(cue)}`, "nice"), cue).toBe("must");
    for (const cue of cues.implied_must_cues) expect(weigh(`${spelled(cue)} Kotlin`, null), cue).toBe("must");
    expect(weigh("Danish", null)).toBeNull();
    for (const cue of cues.language_cues) expect(weigh(`Danish ${spelled(cue)}`, null), cue).toBe("must");
  });

  it("ends a clause at every conjunction in the file, so its cue words weigh only it", () => {
    for (const word of requirementsLexicon.clause_conjunctions) {
      const text = `Terraform is a plus ${word} Python is required`;
      expect(clauseWeight(text, text.indexOf("Python"), null), word).toBe("must");
    }
  });

  it("reads every experience, certification and degree word and every year count in the file", () => {
    const words = requirementsLexicon;
    for (const word of words.experience_words)
      expect(kindOf(`${spelled(word)} in retail banking`), word).toBe("experience");
    for (const word of words.certification_words)
      expect(kindOf(`${spelled(word)} in cloud security`), word).toBe("certification");
    for (const word of words.degree_words)
      expect(kindOf(`A ${spelled(word)} in physics`), word).toBe("education");
    for (const [word, n] of Object.entries(words.number_words))
      expect(yearsIn(`${word} years of experience`), word).toBe(n);
    for (const unit of words.year_words) expect(yearsIn(`5 ${spelled(unit)} of Go`), unit).toBe(5);
  });

  it("reads every label of a job ad's head in the file", () => {
    for (const label of jobHeadLexicon.title_labels)
      expect(headOf(`${spelled(label)}: Data Engineer`).title, label).toBe("Data Engineer");
    for (const label of jobHeadLexicon.company_labels)
      expect(headOf(`${spelled(label)}: Quellin`).company, label).toBe("Quellin");
    for (const label of jobHeadLexicon.location_labels)
      expect(headOf(`${spelled(label)}: Aarhus`).location, label).toBe("Aarhus");
  });

  it("reads every word of a hiring sentence in the file, and no company in the writer's own we", () => {
    const { hiring } = jobHeadLexicon;
    const hired = { title: "Data Engineer", company: "Quellin" };
    const inEnglish = (is = "is", verb = "looking for", article = "a", clause = "to") =>
      `Quellin ${is} ${verb} ${article} Data Engineer ${clause} grow the team.`;
    for (const is of hiring.is_verbs) expect(headOf(inEnglish(spelled(is))), is).toMatchObject(hired);
    for (const verb of hiring.verbs_after_is)
      expect(headOf(inEnglish("is", spelled(verb))), verb).toMatchObject(hired);
    for (const article of hiring.articles_after_is) {
      const written = spelled(article.replace(/\\s\+/g, " "));
      expect(headOf(inEnglish("is", "hiring", written)), article).toMatchObject(hired);
    }
    for (const clause of hiring.clause_words_after_is)
      expect(headOf(inEnglish("is", "hiring", "a", spelled(clause))), clause).toMatchObject(hired);
    const inOthers = (verb = "søger", article = "en", clause = "til") =>
      `Quellin ${verb} ${article} Data Engineer ${clause} teamet.`;
    for (const verb of hiring.verbs) expect(headOf(inOthers(spelled(verb))), verb).toMatchObject(hired);
    for (const article of hiring.articles)
      expect(headOf(inOthers("søger", spelled(article))), article).toMatchObject(hired);
    for (const clause of hiring.clause_words)
      expect(headOf(inOthers("søger", "en", spelled(clause))), clause).toMatchObject(hired);
    for (const we of jobHeadLexicon.ourselves) {
      expect(headOf(`${spelled(we)} are hiring a Data Engineer.`), we).toMatchObject({
        title: "Data Engineer",
        company: undefined,
      });
    }
  });

  it("cleans every title prefix and gender mark in the file off a job title", () => {
    for (const prefix of jobHeadLexicon.title_prefixes)
      expect(cleanTitle(`${spelled(prefix)}: Data Engineer`), prefix).toBe("Data Engineer");
    for (const mark of jobHeadLexicon.gender_marks)
      expect(cleanTitle(`Data Engineer (${spelled(mark)})`), mark).toBe("Data Engineer");
  });

  it("reads a company from every about heading in the file, unless it names no company", () => {
    for (const about of jobHeadLexicon.about_words)
      expect(headOf(`Data Engineer\n\n${spelled(about)} Quellin`).company, about).toBe("Quellin");
    for (const word of jobHeadLexicon.not_companies)
      expect(headOf(`Data Engineer\n\nAbout ${spelled(word)}`).company, word).toBeUndefined();
  });

  it("parts a title from its employer and place with every word in the file", () => {
    for (const link of jobHeadLexicon.employer_links)
      expect(headOf(`Data Engineer ${spelled(link)} Quellin`), link).toMatchObject({
        title: "Data Engineer",
        company: "Quellin",
      });
    // A first line no title: the heading picked as one may part its company with any separator.
    const intro =
      "Quellin builds quiet tools for small harbours and their ferries, far up the northern coast.";
    for (const word of [...jobHeadLexicon.employer_links, ...jobHeadLexicon.head_separators])
      expect(headOf(`${intro}\nData Engineer ${spelled(word)} Quellin`), word).toMatchObject({
        title: "Data Engineer",
        company: "Quellin",
      });
    for (const words of jobHeadLexicon.place_lead_ins)
      expect(headOf(`Data Engineer\n\nRemote-friendly | ${spelled(words)} aarhus`).location, words).toBe(
        "aarhus",
      );
    for (const word of jobHeadLexicon.place_tails)
      expect(headOf(`Data Engineer\n\nRemote-friendly | aarhus ${spelled(word)}`).location, word).toBe(
        "aarhus",
      );
    for (const word of jobHeadLexicon.place_prepositions)
      expect(headOf(`Data Engineer\n\nYou will work ${spelled(word)} Aarhus with us.`).location, word).toBe(
        "Aarhus",
      );
  });

  it("reads a person's name and home after every label in the file", () => {
    for (const label of personLexicon.name_labels)
      expect(findName(linesOf(`${spelled(label)}: Jonas Lindqvist`), noSkills)?.value, label).toBe(
        "Jonas Lindqvist",
      );
    for (const label of personLexicon.location_labels)
      expect(findHomeLocation(linesOf(`${spelled(label)}: Aarhus`))?.quote, label).toBe("Aarhus");
    for (const words of personLexicon.lives_in)
      expect(findHomeLocation(linesOf(`jonas@example.com | ${spelled(words)} Aarhus`))?.quote, words).toBe(
        "Aarhus",
      );
  });

  it("takes no line of the file's not-a-name and document words for a name, and every particle in one", () => {
    const capitalised = (text: string) => text.replace(/(?<!\p{L})\p{L}/gu, (letter) => letter.toUpperCase());
    for (const line of personLexicon.not_names)
      expect(findName(linesOf(capitalised(spelled(line))), noSkills), line).toBeNull();
    for (const word of personLexicon.document_words)
      expect(findName(linesOf(`Quellin ${capitalised(spelled(word))}`), noSkills), word).toBeNull();
    for (const particle of personLexicon.name_particles)
      expect(findName(linesOf(`Jonas ${particle} Lindqvist`), noSkills)?.value, particle).toBe(
        `Jonas ${particle} Lindqvist`,
      );
  });

  it("reads no name under every name slot of the file, nor in a line holding an address word", () => {
    const capitalised = (text: string) => text.replace(/(?<!\p{L})\p{L}/gu, (letter) => letter.toUpperCase());
    for (const slot of personLexicon.name_placeholders)
      expect(findName(linesOf(`${capitalised(spelled(slot))}\nQuellin Tarvo`), noSkills), slot).toBeNull();
    for (const word of personLexicon.address_words)
      expect(findName(linesOf(`Quellin ${capitalised(word)}.`), noSkills), word).toBeNull();
  });

  it("tells a job ad by every job phrase in the file and a CV by every CV word", () => {
    expect(guessKind(doc("Quellin builds quiet tools."))).toBe("resume");
    for (const phrase of documentWordsLexicon.job_phrases)
      expect(guessKind(doc(`Quellin: ${spelled(phrase)} today.`)), phrase).toBe("job");
    expect(guessKind(doc("Quellin: we offer a desk."))).toBe("job");
    for (const phrase of documentWordsLexicon.resume_phrases)
      expect(guessKind(doc(`Quellin: we offer a ${spelled(phrase)}.`)), phrase).toBe("resume");
  });

  it("reads a short number as a phone number after every phone label in the file", () => {
    expect(findPhones(linesOf("Ref 1234 567"))).toEqual([]);
    for (const label of documentWordsLexicon.phone_labels)
      expect(findPhones(linesOf(`${spelled(label)} 1234 567`))[0]?.value, label).toBe("1234 567");
  });

  it("drops a page's number written with every page word of the file, and nothing else", () => {
    for (const word of documentWordsLexicon.page_words)
      for (const of of documentWordsLexicon.page_of) {
        const line = `${spelled(word)} 2 ${spelled(of)} 3`;
        expect(isPageNumber(line), line).toBe(true);
      }
    expect(isPageNumber("Page 4")).toBe(true);
    expect(isPageNumber("- Page 2 -")).toBe(true);
    expect(isPageNumber("Page Layout Designer")).toBe(false);
    expect(isPageNumber("Page 2 of the report was mine")).toBe(false);
  });

  it("reads every language name in the file as that language, every field connector, and the table-of-degrees heads as no degree", () => {
    for (const [code, names] of Object.entries(languageNamesLexicon.names)) {
      for (const name of names)
        expect(
          findLanguages(`Spoken: ${name} (fluent)`).map((l) => l.code),
          name,
        ).toEqual([code]);
    }
    for (const connector of degreesLexicon.field_connectors) {
      const rows = parseResume(
        doc(["Mira Holt", "", "EDUCATION", `MSc ${connector} Physics, Quellin University, 2014`].join("\n")),
      );
      expect(rows.education[0]?.field, connector).toBe("Physics");
    }
    const heads = degreesLexicon.table_columns;
    const rows = parseResume(
      doc(
        ["Mira Holt", "", "EDUCATION", heads.join(" | "), "BSc Physics | Quellin University | 2014"].join(
          "\n",
        ),
      ),
    );
    expect(rows.education.map((e) => [e.degree, e.institution])).toEqual([["BSc", "Quellin University"]]);
  });

  it("reads a street written with every street ending in the file as an address, not a headline", () => {
    for (const ending of personLexicon.street_endings) {
      const card = parseResume(doc(["Mira Holt", `Tarvex${ending} 3`, "mira@example.com"].join("\n")));
      expect(card.personal_info.headline, ending).toBeNull();
    }
    expect(
      parseResume(doc(["Mira Holt", "Data Analyst", "mira@example.com"].join("\n"))).personal_info.headline,
    ).toBe("Data Analyst");
  });

  it("reads no headline from a line of particulars with every marital status and age word in the file", () => {
    const { marital_status, age_words } = personLexicon.particulars;
    for (const line of [
      ...marital_status.map((w) => `Indian, ${w}`),
      ...age_words.map((w) => `Indian, 31 ${w}`),
    ]) {
      const card = parseResume(doc(["Mira Holt", line, "mira@example.com"].join("\n")));
      expect(card.personal_info.headline, line).toBeNull();
    }
  });

  it("reads the area around a city with every metro word in the file as a place", () => {
    for (const before of placesLexicon.metro_area.before)
      expect(readLocation(`${before} Leeds`)?.city, before).toBe(`${before} Leeds`);
    for (const after of placesLexicon.metro_area.after)
      expect(readLocation(`Leeds ${after}`)?.city, after).toBe(`Leeds ${after}`);
  });

  it("reads no profile link under a heading with every referee word in the file", () => {
    for (const word of headingsLexicon.referee_headings) {
      const card = parseResume(
        doc(
          [
            "Mira Holt",
            "mira@example.com",
            "",
            word.toUpperCase(),
            "Dana Quill, linkedin.com/in/dana-quill",
          ].join("\n"),
        ),
      );
      expect(card.personal_info.links, word).toEqual([]);
    }
  });

  it("reads no degree from 'MS' before every product in the file", () => {
    for (const product of degreesLexicon.product_makers) {
      const card = parseResume(
        doc(["Mira Holt", "mira@example.com", "", "EDUCATION", `MS ${product}`].join("\n")),
      );
      expect(card.education, product).toEqual([]);
    }
  });

  it("runs no town on to a name after every name joiner in the file", () => {
    expect(runOnTown("Zentra Labs Leeds", "UK", () => true)?.town).toBe("Leeds");
    for (const joiner of placesLexicon.name_joiners)
      expect(
        runOnTown(`Zentra ${joiner} Leeds`, "UK", () => true),
        joiner,
      ).toBeNull();
  });

  it("reads every level word in the file as that level", () => {
    for (const [level, words] of Object.entries(languageLevelsLexicon.levels)) {
      for (const word of words) expect(findLevel(`Danish (${spelled(word)})`), word).toBe(level);
    }
  });
});
