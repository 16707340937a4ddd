export { LIVE_TOP, matchDocumentStep, rankJob, scoreResumeAgainstOpenJobs } from "./match-document";
export { listOpenJobsStep, rematchJobStep, snapshotIndexesStep } from "./rematch-steps";
export { rematchExecutionName, type StartRematchResult, startRematch } from "./start-rematch";
