export { DEFAULT_STEP2_TOP, MAX_STEP2_CANDIDATES, type MatchStep2Options, runMatchStep2 } from "./step2";
export { analyzeCandidateStep, finishDeepDiveStep, markCandidateFailed } from "./steps";
