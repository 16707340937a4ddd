/**
 * The first, deterministic normalizer (provider "rules", parser "minimal"): honest and small,
 * used by the first iteration of the ingest workflow until the full parsers replace it.
 */
export { buildMinimalJobCard, type MinimalJobRules } from "../job/minimal";
export { buildMinimalResumeCard } from "../resume/minimal";
export { minimalParserMeta } from "./minimal-meta";
