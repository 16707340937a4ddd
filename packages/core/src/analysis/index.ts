export * from "./match-analysis-v1";
export * from "./policy";
