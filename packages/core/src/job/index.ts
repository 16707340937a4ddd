export * from "./creative-job-v1";
export * from "./job-card-v1";
