import type { Location } from "../card/shared";
import { answersByText } from "./answers";
import { isWorldCity, regionCountries } from "./gazetteer";
import { personLexicon, placesLexicon } from "./lexicon";
import { escapeRegExp, fold, words } from "./text";

/**
 * Enough geography to recognise "Aarhus, Denmark", "Berlin", "Dubai, UAE", "Austin, TX" or
 * "Maharashtra, IN" (a first-level region of the codex gazetteer, then its country's code).
 */

const { countries, cities } = placesLexicon;

const usStates = new Set(
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC".split(
    "|",
  ),
);

const countrySet = new Set(countries.map(fold));
const citySet = new Set(cities.map(fold));
const remote = new RegExp(`^(?:${placesLexicon.remote.map(escapeRegExp).join("|")})$`, "iu");

/**
 * A postcode closing a part of an address: a US ZIP ("TX 75201", "80302-1234"), an Indian PIN
 * ("Pune, 411001"), a UK or Canadian
 * one ("AB10 1XG", "M5V 2T6"), or four digits after a state's code ("VIC 3000"). The card keeps it in
 * `raw`; the city, region and country are read without it.
 */
const trailingPostcode =
  /(?:^|\s+)(?:\d{5,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|(?<=\b[A-Z]{2,3})\s*\d{4})$/u;

function clean(part: string): string {
  return part
    .replace(/^[\s([]+|[\s)\].]+$/g, "")
    .replace(/^(?:\d{4,5}\s+)/, "")
    .replace(trailingPostcode, "");
}

/** "OK 74103 United States", "TX US": a US state's code, its ZIP code, then the country, no comma between (USAJOBS). */
function stateAndCountry(part: string): string[] {
  const m = /^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s+(\p{L}[\p{L} .]*)$/u.exec(part);
  return m?.[1] && m[2] && usStates.has(m[1]) && isCountry(m[2]) ? [m[1], m[2]] : [part];
}

/** "Reading PA": a city and its US state's code with no comma between. */
function cityAndState(part: string): string[] {
  const m = /^(\p{Lu}[\p{L}.'’ -]*?)\s+([A-Z]{2})$/u.exec(part);
  return m?.[1] && m[2] && usStates.has(m[2]) ? [m[1], m[2]] : [part];
}

const countryParts = new Set(placesLexicon.country_parts.map(fold));

export function isCountry(text: string): boolean {
  return countrySet.has(fold(clean(text)));
}

/** A city from the curated list (exonyms in our languages, "København Ø"). */
export function isListedCity(text: string): boolean {
  const key = fold(clean(text));
  return citySet.has(key) || citySet.has(key.replace(/\s+[a-zø]$/, ""));
}

const metroArea = new RegExp(
  `^(?:(?:${placesLexicon.metro_area.before.map(escapeRegExp).join("|")})\\s+)?(.+?)(?:\\s+(?:${placesLexicon.metro_area.after.map(escapeRegExp).join("|")}))?$`,
  "iu",
);

/** A listed city, or one of the world's cities of 50,000+ inhabitants (codex/gazetteer). */
function knownCity(text: string): boolean {
  return isListedCity(text) || isWorldCity(clean(text));
}

/** A known city, or the area LinkedIn names around one ("Greater Manchester", "San Francisco Bay Area"). */
export function isCity(text: string): boolean {
  if (knownCity(text)) return true;
  const core = metroArea.exec(text.trim())?.[1];
  return core !== undefined && core !== text.trim() && knownCity(core);
}

/** A region written after a known city ("Pune, Maharashtra", "Bengaluru, Karnataka"). */
const regionName = /^\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2}$/u;

/** "IN" after "Maharashtra": the ISO code of a country that has a region of that name. */
function isCountryCodeOf(region: string, part: string): boolean {
  return /^[A-Z]{2}$/.test(part) && (regionCountries(region)?.includes(part) ?? false);
}

/**
 * "Zagreb (Croatia)", "Indore (Madhya Pradesh - India)": a place in brackets after a place, as
 * Europass and many Indian CVs write one, is one more comma part.
 */
function withoutBracketedPlace(text: string): string {
  const bracket = /^(?<place>[^()]*\S)\s*\((?<within>[^()]+)\)$/u.exec(text)?.groups;
  if (!bracket?.place || !bracket.within) return text;
  // A country, or a region and its country: a place with no city of its own.
  const within = bracket.within.trim();
  return readLocation(within, true)?.city === null ? `${bracket.place}, ${within}` : text;
}

const places = answersByText<null, Location | null>();
const strictPlaces = answersByText<null, Location | null>();

/**
 * The text read as a place ("Aarhus, Denmark", "Berlin", "Austin, TX", "2100 København Ø"), or
 * null when no part of it is a known city, country or US state. `strict` wants every part known
 * (an entry header's "Acme ApS, Aarhus" is a company and a city, not an address).
 */
export function readLocation(text: string, strict = false): Location | null {
  // A CV's header fragments are read as places several times each: the answer is kept, copied out.
  const known = (strict ? strictPlaces : places)(text, null, () => locate(text, strict));
  return known && { ...known };
}

function locate(text: string, strict: boolean): Location | null {
  const raw = text.trim().replace(/\s+/g, " ");
  if (raw === "" || raw.length > 60 || /[@:]|https?|\d{7,}/.test(raw)) return null;
  if (remote.test(raw)) return { city: null, region: null, country: null, raw };
  const parts = withoutBracketedPlace(raw)
    .split(/\s*[,،]\s*|\s+[-–—]\s+/u)
    .map(clean)
    .filter((p) => p !== "")
    .flatMap(cityAndState)
    .flatMap(stateAndCountry);
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => p.split(" ").length > 4)) return null;
  let city: string | null = null;
  let region: string | null = null;
  let country: string | null = null;
  let usRegion = false;
  // Six digits are a PIN, India's postcode: "IN" after it is India, not Indiana.
  const pin = /(?:^|[\s,])\d{6}(?:[\s,]|$)/u.test(raw);
  for (const [k, part] of parts.entries()) {
    if (!country && (isCountry(part) || (pin && part === "IN"))) country = part;
    // "Leeds, England, United Kingdom" (LinkedIn): a country that is part of the next is its region.
    else if (country && !region && countryParts.has(fold(country)) && isCountry(part)) {
      region = country;
      country = part;
    } else if (!city && isCity(part)) city = part;
    else if (!country && region && !usRegion && isCountryCodeOf(region, part)) country = part;
    else if (usStates.has(part)) {
      region = part;
      usRegion = true;
    } else if (!region && regionCountries(part)) region = part;
    else if (city && !region && k === 1 && regionName.test(part)) region = part;
  }
  if (!city && !country && !region) return null;
  const known = [city, region, country].filter((p) => p !== null).length;
  if (known < parts.length - (strict ? 0 : 1)) return null;
  if (!city && parts.length > 1) city = parts.find((p) => p !== country && p !== region) ?? null;
  if (usRegion && !country) country = "US";
  // "Telangana", "Pune, Maharashtra": a region of one country only names that country too. Not a
  // US state written out: "Georgia" is a country as well ("Tbilisi, Georgia").
  const regionOf = region && !country ? regionCountries(region) : null;
  if (regionOf?.length === 1 && regionOf[0] !== "US") country = regionOf[0] ?? null;
  return { city, region, country, raw };
}

const addressWords = new Set(personLexicon.address_words);
/**
 * A word of a street or building ("road", "campus": codex/lexicon/person.json), looked up as given:
 * each caller lowers its case and strips its own punctuation first. The one lookup for the name
 * reader (person.ts), the gapless reader (gapless.ts) and an entry's header (head-roles.ts).
 */
export function isAddressWord(word: string): boolean {
  return addressWords.has(word);
}

/** "12 Harbour Street", "40 Mill Ln.": a house number, then a street's words. */
export function isStreetAddress(text: string): boolean {
  return (
    /^\d{1,6}[a-z]?\b,?\s+\p{L}/iu.test(text) &&
    words(text.toLowerCase()).some((w) => isAddressWord(w.replace(/[.,]+$/u, "")))
  );
}

/**
 * A name ending on one of these ("Bank of", "Escuela de") goes on into the next words: they are its
 * own (codex/lexicon/places.json name_joiners).
 */
const nameJoinerEnd = new RegExp(
  String.raw`(?:^|\s)(?:${placesLexicon.name_joiners.map(escapeRegExp).join("|")})$`,
  "iu",
);

/**
 * "Zentra Labs Leeds" before "UK", "Quellin State University Norman" before "OK United States":
 * the last one to three words of a name, no comma before them, that with the part after the
 * comma read as a town the gazetteer knows. The words before them (without the mark between,
 * "Zentra Builders; Boston") are the name left, kept only when `keeps` says they still name it and
 * they do not end on a joiner; null when no town is run on.
 */
export function runOnTown(
  name: string,
  after: string,
  keeps: (rest: string) => boolean,
): { rest: string; town: string; at: number } | null {
  const all = [...name.matchAll(/\S+/gu)];
  for (let n = Math.min(3, all.length - 1); n >= 1; n -= 1) {
    const first = all[all.length - n];
    if (!first) continue;
    const town = name.slice(first.index);
    const rest = name.slice(0, first.index).replace(/[\s;/,:–—-]+$/u, "");
    if (!/^\p{Lu}/u.test(town) || nameJoinerEnd.test(rest) || !keeps(rest)) continue;
    if (readLocation(`${town}, ${after}`, true)?.city === town) return { rest, town, at: first.index };
  }
  return null;
}
