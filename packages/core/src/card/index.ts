export { findLanguage, findLanguageLevel } from "./languages";
export * from "./minimal";
export * from "./registry";
export * from "./shared";
