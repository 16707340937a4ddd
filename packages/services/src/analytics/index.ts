export { type ActivityView, type Dashboard, getDashboard, type ScoreBucket, toDashboard } from "./dashboard";
export { getSkillsReport, type SkillDemandView, type SkillsReport, toSkillsReport } from "./skills";
