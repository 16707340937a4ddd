/** Provenance stamped on cards built by the minimal rules parsers (card/minimal.ts). */
export const minimalParserMeta = { provider: "rules", parser: "minimal", version: "0.1.0" } as const;
