export { atsReport, visibleLines } from "./ats";
export { buildTailoredBundle, type TailorInput } from "./bundle";
export { coverageOf } from "./coverage";
export { type ProposedEdit, ProposedEditSchema, type TailorProposal } from "./proposal";
export { proposeRulesTailoring, rulesTailorVersion } from "./propose-rules";
export * from "./resume-tailor-v1";
export { verifyTailoredCard } from "./verify";
