/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines; CRLF or LF rows.
 * Returns one object per row keyed by the header. No dependency: the sources are small enough.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = parseCsvRows(text);
  const header = rows.shift() ?? [];
  return rows
    .filter((row) => row.length > 1 || (row[0] ?? "") !== "")
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

export function parseCsvRows(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      // A quoted field: read to the closing quote, "" is a literal quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new Error(`Unterminated quoted CSV field at offset ${i}`);
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    } else if (ch === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      const next = Math.max(nextSpecial(text, i + 1), i + 1);
      field += text.slice(i, next);
      i = next;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function nextSpecial(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 10 || c === 13 || c === 34) return j;
  }
  return text.length;
}

/** Tab-separated O*NET files: no quoting, first line is the header. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = (lines.shift() ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}
