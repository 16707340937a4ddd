import type { Taxonomy } from "./types";

/** A value derived from a taxonomy (a phrase dictionary), built on first use and kept with it. */
export function perTaxonomy<T>(build: (taxonomy: Taxonomy) => T): (taxonomy: Taxonomy) => T {
  const built = new WeakMap<Taxonomy, T>();
  return (taxonomy) => {
    let value = built.get(taxonomy);
    if (value === undefined) {
      value = build(taxonomy);
      built.set(taxonomy, value);
    }
    return value;
  };
}
