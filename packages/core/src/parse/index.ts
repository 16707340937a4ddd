export { type DateRange, mergedYears, parseDate } from "./dates";
export { parseJob } from "./job";
export { guessKind } from "./kind";
export type { ParseNormalizer } from "./normalizer";
export { type ParseOptions, parseResume } from "./resume";
export { parserMeta } from "./version";
