import { detectInjection } from "@futodama/core";

/*
 * The CV is data. Lines that read like instructions to the model are replaced before the CV is
 * sent, so the model judges the candidate as if that text were not there; the analysis is
 * flagged and its score capped (core's boundAnalysisScore) whatever the model says.
 */

export interface ScreenedText {
  /** The CV as sent to the model, with instruction-like lines replaced by a marker. */
  text: string;
  /** What was found, as matched (short). Empty when nothing was. */
  found: string[];
}

export const removedLineMarker = "[line removed: it reads like instructions to an AI]";

export function screenCv(text: string): ScreenedText {
  const found = detectInjection(text);
  if (found.length === 0) return { text, found };
  const lines = text.split("\n").map((line) => (detectInjection(line).length > 0 ? removedLineMarker : line));
  let screened = lines.join("\n");
  // A pattern spanning lines (or not caught line by line) still must not reach the model intact.
  for (const match of detectInjection(screened)) screened = screened.split(match).join(removedLineMarker);
  return { text: screened, found };
}

export function injectionNotes(found: string[]): string[] {
  return found.map(
    (m) =>
      `The CV contains text that reads like instructions ("${m}"); it was treated as data, withheld from the model, and cannot raise the score`,
  );
}
