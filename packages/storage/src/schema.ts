export * from "./document.sql";
export * from "./job.sql";
export * from "./live-score.sql";
export * from "./match.sql";
export * from "./resume.sql";
export * from "./skill-alias.sql";
export * from "./tailoring.sql";
export * from "./tenant.sql";
