export * from "./minimal";
export * from "./registry";
export * from "./shared";
export { findLanguage, findLanguageLevel } from "./languages";
