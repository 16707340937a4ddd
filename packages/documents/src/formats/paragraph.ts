import { cleanLine, type DraftLine } from "../types";

/** What a word processor's paragraph says of itself (DOCX, ODT). */
export interface ParagraphStyle {
  heading: boolean;
  /** A list item: the program draws its bullet, the text has none. */
  list: boolean;
  chars: number;
  boldChars: number;
}

/**
 * A paragraph's text as a line for the parser: a list item gets "• " written (the parser reads
 * bullets from the text), a paragraph all in bold is bold, and a short one with no closing
 * punctuation is taken for a heading too. Null when no text is left.
 */
export function paragraphLine(text: string, p: ParagraphStyle): DraftLine | null {
  const trimmed = cleanLine(text).trim();
  if (trimmed === "") return null;
  const clean = p.list && !/^[•\-–*·▪◦‣]/.test(trimmed) ? `• ${trimmed}` : trimmed;
  const bold = p.chars > 0 && p.boldChars === p.chars;
  const looksLikeTitle = bold && clean.length <= 60 && !/[.,;:]$/.test(clean);
  return {
    text: clean,
    page: 1,
    ...(bold ? { bold } : {}),
    ...(p.heading || looksLikeTitle ? { heading: true } : {}),
  };
}
