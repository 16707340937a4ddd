import { composedOpen, monthAlternation, open, point, seasonAlternation, separator } from "./date-words";

/**
 * A template's placeholder years ("September 20XX-Present", "Summer 20XX-20XX", "May [year] -
 * August [year]"): a range whose
 * dates are unknown. It still marks where an entry's dates are (start and end stay null).
 */
const placeholderYear = String.raw`(?:(?:19|20)xx|\[year\]|yyyy)`;
const placeholderPoint = String.raw`(?:(?:${monthAlternation}|${seasonAlternation})\.?,?\s*)?${placeholderYear}`;
export const placeholderRange = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${placeholderPoint})(?:${separator})(?:(${composedOpen}|${open})|${placeholderPoint}|${point})(?![\p{L}\p{N}])`,
  "giu",
);
const placeholderAlone = new RegExp(`^${placeholderPoint}$`, "iu");
/** "March 20XX" alone: one end of a template's range whose other end is on the next line. */
export function isPlaceholderDate(text: string): boolean {
  return placeholderAlone.test(text.trim());
}
/** A placeholder date closing a line, with the month it runs from ("April - August 20XX"). */
const placeholderLast = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${monthAlternation})\\.?(?:${separator}))?${placeholderPoint}[\\s).,]*$`,
  "iu",
);
/** Where a placeholder date closing the text starts ("Hollis High School, Ames, IA, Spring 20XX"), or -1. */
export function placeholderDateAtEnd(text: string): number {
  return placeholderLast.exec(text)?.index ?? -1;
}
