export * from "./bounds";
export { findLanguage, findLanguageLevel } from "./languages";
export * from "./registry";
export * from "./shared";
