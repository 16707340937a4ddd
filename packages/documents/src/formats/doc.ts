import { InputError } from "@futodama/core";
import WordExtractor from "word-extractor";
import {
  cleanLine,
  type DraftLine,
  type FormatResult,
  pushBlank,
  unseenAfter,
  withoutTrailingBlank,
} from "../types";

/**
 * word-extractor's accessors take `{ filterUnicode: false }` to keep the text as written (by
 * default they turn curly quotes and dashes into ASCII, which the other formats do not do);
 * its published types leave the option out.
 */
interface WordText {
  getBody(options: { filterUnicode: boolean }): string;
  getHeaders(options: { filterUnicode: boolean; includeFooters: boolean }): string;
  getFooters(options: { filterUnicode: boolean }): string;
  getTextboxes(options: { filterUnicode: boolean; includeHeadersAndFooters: boolean }): string;
}

const asWritten = { filterUnicode: false };

/**
 * One part's text → lines. word-extractor ends every table cell with a tab (Word's cell mark),
 * so a line that ends in a tab is a table row: its cells are joined with " | " as DOCX rows are.
 * Any other tab is a tab stop and becomes a space.
 */
function partToLines(text: string): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const raw of text.split("\n")) {
    const row = /\S\t\s*$/.test(raw);
    const line = row
      ? raw
          .split("\t")
          .map((cell) => cleanLine(cell).trim())
          .filter((cell) => cell !== "")
          .join(" | ")
      : cleanLine(raw).trim();
    // An empty paragraph is a blank line, as in plain text and DOCX.
    if (line === "") pushBlank(lines);
    else lines.push({ text: line, page: 1 });
  }
  return withoutTrailingBlank(lines);
}

/**
 * Word 97–2003 (.doc) → lines, through word-extractor (pure JavaScript, MIT): headers, body,
 * text boxes, footers. The bytes have passed sniffing, which proved the compound file's chains
 * loop-free (see ole.ts). The format keeps bold, headings and list bullets in binary property
 * tables word-extractor does not read, so these lines carry text only, like plain text.
 */
export async function readDoc(bytes: Uint8Array): Promise<FormatResult> {
  let word: WordText;
  try {
    const extracted = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    );
    word = extracted as unknown as WordText;
  } catch (error) {
    throw new InputError(
      "document.corrupt",
      "The Word document is damaged, cut off or from a Word older than 97, and cannot be read; open it in Word or LibreOffice, save it as .docx or PDF and re-upload",
      { details: { reason: error instanceof Error ? error.message : String(error) } },
    );
  }
  const unseen = unseenAfter([]);
  const body = unseen(partToLines(word.getBody(asWritten)));
  const boxes = unseen(partToLines(word.getTextboxes({ ...asWritten, includeHeadersAndFooters: false })));
  const header = unseen(partToLines(word.getHeaders({ ...asWritten, includeFooters: false })));
  const footer = unseen(partToLines(word.getFooters(asWritten)));
  return { lines: [...header, ...body, ...boxes, ...footer], warnings: [] };
}
