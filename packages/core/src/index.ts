export * from "./card";
export * from "./codex";
export * from "./document";
export * from "./error";
export * from "./job";
export * from "./parse";
export * from "./resume";
export * from "./taxonomy";
