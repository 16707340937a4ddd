import { cleanLine, type DraftLine, type FormatResult } from "../types";

const skippedDestinations = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "fldinst",
  "themedata",
  "colorschememapping",
  "latentstyles",
  "datastore",
  "xmlnstbl",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "mmathPr",
  "filetbl",
  "revtbl",
  "wgrffmtfilter",
  "pgdsctbl",
  "shppict",
  "nonshppict",
  "bkmkstart",
  "bkmkend",
  "xe",
  "tc",
  "private",
]);

interface Group {
  skip: boolean;
  ucSkip: number;
}

function decoderFor(codepage: number): { decode(input: Uint8Array): string } {
  try {
    return new TextDecoder(`windows-${codepage}`);
  } catch {
    return new TextDecoder("windows-1252");
  }
}

/**
 * A cheap RTF → text stripper: enough for CVs saved as RTF (paragraphs, tabs, table cells,
 * \uN Unicode and \'hh code-page bytes); pictures, fonts, styles and other destinations are
 * skipped. It never interprets fields or objects.
 */
export function readRtf(bytes: Uint8Array): FormatResult {
  const src = new TextDecoder("latin1").decode(bytes);
  const out: string[] = [];
  let pendingBytes: number[] = [];
  let decoder = decoderFor(1252);
  let group: Group = { skip: false, ucSkip: 1 };
  const stack: Group[] = [];
  let skipChars = 0;
  const emit = (text: string) => {
    if (pendingBytes.length > 0) {
      out.push(decoder.decode(new Uint8Array(pendingBytes)));
      pendingBytes = [];
    }
    if (!group.skip) out.push(text);
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? "";
    if (ch === "{") {
      emit("");
      stack.push(group);
      group = { ...group };
      if (src.startsWith("{\\*", i)) group.skip = true;
      i++;
    } else if (ch === "}") {
      emit("");
      group = stack.pop() ?? { skip: false, ucSkip: 1 };
      i++;
    } else if (ch === "\\") {
      const next = src[i + 1] ?? "";
      if (next === "'") {
        const hex = Number.parseInt(src.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipChars > 0) skipChars--;
        else if (!group.skip && Number.isFinite(hex)) pendingBytes.push(hex);
        continue;
      }
      const word = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i, i + 48));
      if (!word) {
        if (next === "\n" || next === "\r") emit("\n");
        else if (next === "~") emit(" ");
        else if (next === "_") emit("-");
        else if (next === "\\" || next === "{" || next === "}") emit(next);
        i += 2;
        continue;
      }
      i += word[0].length;
      const name = word[1] ?? "";
      const param = word[2] === undefined ? undefined : Number.parseInt(word[2], 10);
      if (skippedDestinations.has(name)) group.skip = true;
      else if (name === "par" || name === "line" || name === "row" || name === "sect" || name === "page")
        emit("\n");
      else if (name === "tab") emit("\t");
      else if (name === "cell") emit("\t");
      else if (name === "uc" && param !== undefined) group.ucSkip = param;
      else if (name === "ansicpg" && param !== undefined) decoder = decoderFor(param);
      else if (name === "u" && param !== undefined) {
        emit(String.fromCharCode(param < 0 ? param + 65_536 : param));
        skipChars = group.ucSkip;
      }
    } else {
      i++;
      if (ch === "\r" || ch === "\n") continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      emit(ch);
    }
  }
  emit("");
  const lines: DraftLine[] = out
    .join("")
    .split("\n")
    .map((line) =>
      cleanLine(
        line
          .split("\t")
          .map((c) => c.trim())
          .filter((c) => c !== "")
          .join(" | "),
      ).trim(),
    )
    .filter((text) => text !== "")
    .map((text) => ({ text, page: 1 }));
  return { lines, warnings: [] };
}
