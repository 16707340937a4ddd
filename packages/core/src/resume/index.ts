export * from "./resume-card-v1";
