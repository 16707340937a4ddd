import { describe, expect, it } from "vitest";
import { cardOf, educationRows, experienceCv, jobRows } from "./helpers";

/*
 * CVs written in Italian, Portuguese (Brazil and Portugal), Dutch and Polish: made-up text, read with
 * the words of codex/lexicon alone (section headings, months and the words of a date range, name and
 * home labels, language names and levels).
 */

/** Each spoken language of the card as [code, level]. */
function languagesOf(text: string): Array<[string, string | null]> {
  return cardOf(text).languages.map((l) => [l.language, l.level ?? null]);
}

/** Each job of the card as [title, company, start, end, current]. */
function jobsOf(text: string): Array<Array<string | boolean | null | undefined>> {
  return cardOf(text).work_experience.map((j) => [j.title, j.company, j.start, j.end, j.current]);
}

const italian = [
  "Mira Holt",
  "Via Roma 4, 40121 Bologna",
  "mira.holt@example.com",
  "",
  "PROFILO",
  "Contabile con otto anni di esperienza in aziende di servizi.",
  "",
  "ESPERIENZA LAVORATIVA",
  "Da settembre 2020 ad oggi",
  "Responsabile amministrativa – Zorvy S.r.l., Bologna",
  "Gennaio 2016 – agosto 2020",
  "Impiegata contabile – Tarvex S.p.A., Modena",
  "",
  "ISTRUZIONE E FORMAZIONE",
  "2011 – 2015 Laurea in Economia Aziendale, Università di Bologna",
  "",
  "LINGUE",
  "Italiano: madrelingua",
  "Inglese: buono",
  "Tedesco: scolastico",
  "",
  "INTERESSI",
  "Vela, fotografia",
].join("\n");

const brazilian = [
  "Tarvo Quellin",
  "tarvo.quellin@example.com",
  "Nome completo: Tarvo Quellin",
  "Endereço: Rua das Flores 12, Curitiba",
  "",
  "RESUMO PROFISSIONAL",
  "Analista com foco em dados.",
  "",
  "EXPERIÊNCIA PROFISSIONAL",
  "Zorvy Ltda. – 03/2019 até o momento",
  "Cargo: Analista de Dados",
  "Tarvex S.A. – 01/2015 a 02/2019",
  "Cargo: Analista de Sistemas",
  "",
  "FORMAÇÃO ACADÊMICA",
  "Licenciatura em Engenharia Informática – Instituto Superior Quellin – 2010 a 2014",
  "",
  "IDIOMAS",
  "Inglês – fluente",
  "Espanhol – intermediário",
  "Francês – básico",
].join("\n");

const dutch = [
  "Curriculum Vitae",
  "",
  "Persoonlijke gegevens",
  "Naam: Mira Holt",
  "Woonplaats: Utrecht",
  "E-mail: mira.holt@example.com",
  "",
  "Werkervaring",
  "2020 – heden  Data Analist, Zorvy B.V., Utrecht",
  "2016 – 2020  Software Developer, Tarvex B.V., Amersfoort",
  "",
  "Opleiding",
  "2012 – 2016  Bachelor Informatica, Universiteit Utrecht",
  "",
  "Talen",
  "Nederlands – moedertaal",
  "Engels – vloeiend",
  "Duits – redelijk",
  "Frans – basis",
  "",
  "Hobby's",
  "Zeilen, lezen",
].join("\n");

const polish = [
  "Tarvo Quellin",
  "Imię i nazwisko: Tarvo Quellin",
  "Adres zamieszkania: Kraków",
  "tarvo.quellin@example.com",
  "",
  "DOŚWIADCZENIE ZAWODOWE",
  "04.2019 – obecnie",
  "Analityk danych, Quellin Labs Sp. z o.o., Kraków",
  "09.2016 – 03.2019",
  "Programista, Tarvex S.A., Wrocław",
  "",
  "WYKSZTAŁCENIE",
  "2011 – 2016 Uniwersytet Jagielloński, Informatyka, magister",
  "",
  "ZNAJOMOŚĆ JĘZYKÓW",
  "angielski – biegły",
  "niemiecki – średniozaawansowany",
  "hiszpański – podstawowy",
  "polski – ojczysty",
  "",
  "ZAINTERESOWANIA",
  "Góry, szachy",
].join("\n");

describe("an Italian CV", () => {
  it("reads the jobs, the running one from 'Da settembre 2020 ad oggi'", () => {
    expect(jobsOf(italian)).toEqual([
      ["Responsabile amministrativa", "Zorvy S.r.l.", "2020-09", null, true],
      ["Impiegata contabile", "Tarvex S.p.A.", "2016-01", "2020-08", false],
    ]);
  });

  it("reads the degree, the languages with their levels, the profile and no hobby as a skill", () => {
    const card = cardOf(italian);
    expect(card.personal_info.name).toBe("Mira Holt");
    expect(card.education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([
      ["Laurea in Economia Aziendale", "Università di Bologna", "2011", "2015"],
    ]);
    expect(languagesOf(italian)).toEqual([
      ["it", "native"],
      ["en", "conversational"],
      ["de", "basic"],
    ]);
    expect(card.summary).toMatch(/^Contabile con otto anni/);
    expect(card.skills.map((s) => s.name)).not.toContain("Vela");
  });

  it("reads Italian months and range words: 'dal 2015 al 2019', 'dicembre 2019'", () => {
    expect(
      jobRows(
        experienceCv(
          "Analista, Zorvy S.r.l.",
          "dal 2021 ad oggi",
          "Sviluppatore, Tarvex S.p.A.",
          "maggio 2015 – dicembre 2020",
        ),
      ),
    ).toEqual([
      ["Analista", "Zorvy S.r.l.", "2021"],
      ["Sviluppatore", "Tarvex S.p.A.", "2015-05"],
    ]);
  });
});

describe("a Portuguese CV (Brazil and Portugal)", () => {
  it("reads the jobs, the running one from '03/2019 até o momento'", () => {
    expect(jobsOf(brazilian)).toEqual([
      ["Analista de Dados", "Zorvy Ltda.", "2019-03", null, true],
      ["Analista de Sistemas", "Tarvex S.A.", "2015-01", "2019-02", false],
    ]);
  });

  it("reads the name and home after their labels, the degree, the languages and the summary", () => {
    const card = cardOf(brazilian);
    expect(card.personal_info.name).toBe("Tarvo Quellin");
    expect(card.personal_info.location?.raw).toMatch(/Curitiba/);
    expect(card.education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([
      ["Licenciatura", "Instituto Superior Quellin", "2010", "2014"],
    ]);
    expect(languagesOf(brazilian)).toEqual([
      ["en", "fluent"],
      ["es", "conversational"],
      ["fr", "basic"],
    ]);
    expect(card.summary).toBe("Analista com foco em dados.");
  });

  it("reads a month written with its 'de' and an open end of 'atual' or 'até hoje'", () => {
    expect(
      jobRows(
        experienceCv(
          "Analista de Dados – Zorvy Ltda.",
          "março de 2019 – atual",
          "Analista Júnior – Tarvex S.A.",
          "outubro de 2016 até fevereiro de 2019",
        ),
      ),
    ).toEqual([
      ["Analista de Dados", "Zorvy Ltda.", "2019-03"],
      ["Analista Júnior", "Tarvex S.A.", "2016-10"],
    ]);
    expect(
      cardOf(experienceCv("Analista – Zorvy Ltda.", "Janeiro de 2020 até hoje")).work_experience[0],
    ).toMatchObject({ start: "2020-01", end: null, current: true });
  });
});

describe("a Dutch CV", () => {
  it("reads the jobs, the running one from '2020 – heden'", () => {
    expect(jobsOf(dutch)).toEqual([
      ["Data Analist", "Zorvy B.V.", "2020", null, true],
      ["Software Developer", "Tarvex B.V.", "2016", "2020", false],
    ]);
  });

  it("reads the name after 'Naam:', the home after 'Woonplaats:', the degree and the languages", () => {
    const card = cardOf(dutch);
    expect(card.personal_info.name).toBe("Mira Holt");
    expect(card.personal_info.location?.raw).toBe("Utrecht");
    expect(card.education.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ["Bachelor", "Informatica", "Universiteit Utrecht"],
    ]);
    expect(languagesOf(dutch)).toEqual([
      ["nl", "native"],
      ["en", "fluent"],
      ["de", "conversational"],
      ["fr", "basic"],
    ]);
    // "Hobby's" is a section of its own: its lines are no skills.
    expect(card.skills.map((s) => s.name)).not.toContain("Zeilen");
  });

  it("reads Dutch months and range words: 'mei 2020 – heden', 'sep 2016 t/m apr 2020', 'vanaf 2021'", () => {
    expect(
      jobRows(
        experienceCv(
          "Data Analist, Zorvy B.V.",
          "mei 2020 – heden",
          "Analist, Tarvex B.V.",
          "sep 2016 t/m apr 2020",
        ),
      ),
    ).toEqual([
      ["Data Analist", "Zorvy B.V.", "2020-05"],
      ["Analist", "Tarvex B.V.", "2016-09"],
    ]);
    expect(
      cardOf(experienceCv("Analist, Zorvy B.V.", "maart 2017 tot heden")).work_experience[0],
    ).toMatchObject({
      start: "2017-03",
      current: true,
    });
    expect(cardOf(experienceCv("Analist, Zorvy B.V.", "vanaf 2021")).work_experience[0]).toMatchObject({
      start: "2021",
      current: true,
    });
  });
});

describe("a Polish CV", () => {
  it("reads the jobs, the running one from '04.2019 – obecnie'", () => {
    expect(jobsOf(polish)).toEqual([
      ["Analityk danych", "Quellin Labs Sp. z o.o.", "2019-04", null, true],
      ["Programista", "Tarvex S.A.", "2016-09", "2019-03", false],
    ]);
  });

  it("reads the name after 'Imię i nazwisko:', the home, the school and the languages", () => {
    const card = cardOf(polish);
    expect(card.personal_info.name).toBe("Tarvo Quellin");
    expect(card.personal_info.location?.raw).toBe("Kraków");
    expect(card.education.map((e) => [e.institution, e.start, e.end])).toEqual([
      ["Uniwersytet Jagielloński", "2011", "2016"],
    ]);
    // "średniozaawansowany" (intermediate) ends in "zaawansowany" (advanced), and is read as intermediate.
    expect(languagesOf(polish)).toEqual([
      ["en", "fluent"],
      ["de", "conversational"],
      ["es", "basic"],
      ["pl", "native"],
    ]);
  });

  it("reads 'od 2015 do 2018', 'od 2021' and the advanced level apart from the intermediate ones", () => {
    expect(
      jobRows(
        experienceCv("Analityk, Zorvy Sp. z o.o.", "od 2021", "Programista, Tarvex S.A.", "od 2015 do 2018"),
      ),
    ).toEqual([
      ["Analityk", "Zorvy Sp. z o.o.", "2021"],
      ["Programista", "Tarvex S.A.", "2015"],
    ]);
    const levels = languagesOf(
      [
        "Mira Holt",
        "",
        "JĘZYKI OBCE",
        "angielski – zaawansowany",
        "niemiecki – średnio zaawansowany",
        "francuski – średnio-zaawansowany",
      ].join("\n"),
    );
    expect(levels).toEqual([
      ["en", "fluent"],
      ["de", "conversational"],
      ["fr", "conversational"],
    ]);
  });
});

describe("English CVs keep their reading", () => {
  it("reads no month, since word or language in English words the new lists could have held", () => {
    const text = [
      "Mira Holt",
      "mira@example.com",
      "",
      "EXPERIENCE",
      "Data Analyst, Zorvy Ltd, Leeds",
      "June 2019 to Present",
      "- Rolled out 2019 pricing; set 2020 targets",
      "",
      "EDUCATION",
      "BSc Physics, University of Leeds, 2015 - 2018",
      "",
      "LANGUAGES",
      "English (native)",
    ].join("\n");
    const card = cardOf(text);
    expect(card.work_experience.map((j) => [j.title, j.company, j.start, j.current])).toEqual([
      ["Data Analyst", "Zorvy Ltd", "2019-06", true],
    ]);
    expect(card.languages.map((l) => [l.language, l.level])).toEqual([["en", "native"]]);
    expect(educationRows("BSc Physics, University of Leeds, 2015 - 2018")[0]?.[0]).toBe("BSc");
  });
});

describe("degree, school and role words of Portuguese, Dutch and Polish CVs", () => {
  /** Each degree of the card as [degree, institution, start, end]. */
  function degreesOf(text: string): Array<Array<string | null | undefined>> {
    return cardOf(text).education.map((e) => [e.degree, e.institution, e.start, e.end]);
  }

  it("reads a Brazilian bacharelado and mestrado with their universidade and faculdade", () => {
    const text = [
      "Mira Holt",
      "mira.holt@example.com",
      "",
      "FORMAÇÃO ACADÊMICA",
      "Mestrado em Administração – Universidade Quellin – 2019",
      "Bacharelado em Direito – Faculdade Tarvex – 2014",
      "",
      "EXPERIÊNCIA PROFISSIONAL",
      "Zorvy Ltda. – 03/2019 até o momento",
      "Cargo: Gerente de Projetos",
    ].join("\n");
    expect(degreesOf(text)).toEqual([
      ["Mestrado", "Universidade Quellin", null, "2019"],
      ["Bacharelado", "Faculdade Tarvex", null, "2014"],
    ]);
  });

  it("reads Dutch HBO and WO degrees with their hogeschool and universiteit, and an adviseur as the title", () => {
    const text = [
      "Tarvo Quellin",
      "tarvo.quellin@example.com",
      "",
      "Werkervaring",
      "2020 – heden  HR-adviseur, Zorvy Zorggroep, Utrecht",
      "2016 – 2020  Beleidsmedewerker, Gemeente Tarvex, Arnhem",
      "",
      "Opleidingen",
      "2012 – 2016  HBO Bedrijfskunde, Hogeschool Tarvex, Arnhem",
      "2010 – 2012  WO Master Rechten, Universiteit Utrecht, Utrecht",
    ].join("\n");
    expect(jobsOf(text)).toEqual([
      ["HR-adviseur", "Zorvy Zorggroep", "2020", null, true],
      ["Beleidsmedewerker", "Gemeente Tarvex", "2016", "2020", false],
    ]);
    expect(degreesOf(text)).toEqual([
      ["HBO", "Hogeschool Tarvex", "2012", "2016"],
      ["WO Master", "Universiteit Utrecht", "2010", "2012"],
    ]);
  });

  it("reads Polish studia magisterskie and licencjat with their politechnika and uniwersytet", () => {
    const text = [
      "Mira Holt",
      "mira.holt@example.com",
      "",
      "DOŚWIADCZENIE ZAWODOWE",
      "03.2020 – obecnie",
      "Księgowa, Zorvy Sp. z o.o., Kraków",
      "",
      "WYKSZTAŁCENIE",
      "2014 – 2019 Politechnika Krakowska, Informatyka, studia magisterskie",
      "2011 – 2014 Uniwersytet Tarvex, Ekonomia, licencjat",
    ].join("\n");
    expect(jobRows(text)).toEqual([["Księgowa", "Zorvy Sp. z o.o.", "2020-03"]]);
    expect(degreesOf(text)).toEqual([
      ["studia magisterskie", "Politechnika Krakowska", "2014", "2019"],
      ["licencjat", "Uniwersytet Tarvex", "2011", "2014"],
    ]);
  });

  it("reads an Italian laurea magistrale and diploma di maturità with their politecnico and liceo", () => {
    expect(
      educationRows(
        "2016 – 2018 Laurea magistrale in Ingegneria, Politecnico di Milano, Milano",
        "2011 – 2016 Diploma di maturità, Liceo Scientifico Tarvex, Bergamo",
      ),
    ).toEqual([
      ["Laurea magistrale", "Ingegneria", "Politecnico di Milano"],
      ["Diploma di maturità", null, "Liceo Scientifico Tarvex"],
    ]);
  });

  it("keeps an English job and degree as they read", () => {
    expect(
      jobRows(
        experienceCv("2019 - 2021 Sales Manager, Zorvy Ltd, Leeds", "2015 - 2018 Tutor, Tarvex Museum, York"),
      ),
    ).toEqual([
      ["Sales Manager", "Zorvy Ltd", "2019"],
      ["Tutor", "Tarvex Museum", "2015"],
    ]);
    expect(educationRows("MSc Data Science, University of Leeds, 2019")).toEqual([
      ["MSc", "Data Science", "University of Leeds"],
    ]);
  });
});
