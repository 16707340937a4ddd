export * from "./generate";
export * from "./loader";
export * from "./manifest";
export * from "./rules";
