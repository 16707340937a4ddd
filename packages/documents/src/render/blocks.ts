/**
 * A format-neutral document: what a CV or job ad says, in order. Each writer (markdown.ts,
 * docx.ts, pdf.ts) renders the same blocks, so a PDF and a DOCX of one card carry the same text.
 * The tailoring exports and the bench corpus builder both write documents through them.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "line"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "para"; text: string }
  | { kind: "bullet"; text: string }
  /** An experience/education entry: first line is its head (set bold where the format can). */
  | { kind: "entry"; lines: string[] };

export interface Layout {
  /** Reading direction of the document. */
  rtl: boolean;
  language: string;
  main: Block[];
  /** Two-column layouts: the sidebar's blocks (contact, skills, languages). */
  sidebar?: { side: "left" | "right"; blocks: Block[] };
}
