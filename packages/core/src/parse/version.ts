/** Provenance stamped on every card the deterministic parsers build. */
export const parserMeta = { provider: "rules", parser: "deterministic", version: "1.1.0" } as const;
