export { type DateRange, mergedYears, parseDate } from "./dates";
export { guessKind } from "./kind";
export { parseJob } from "./job";
export type { ParseNormalizer } from "./normalizer";
export { type ParseOptions, parseResume } from "./resume";
export { parserMeta } from "./version";
