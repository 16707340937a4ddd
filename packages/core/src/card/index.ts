export * from "./minimal";
export * from "./registry";
export * from "./shared";
