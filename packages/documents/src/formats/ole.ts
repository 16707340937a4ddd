import { InputError } from "@futodama/core";

/**
 * An OLE compound file (MS-CFB) checked without trusting anything: every sector number is
 * range-checked, and both allocation tables are proved free of loops before anyone follows a
 * chain. word-extractor, which reads the Word text, follows chains without such a guard (a
 * two-sector loop would grow an array until the process dies), so a .doc reaches it only after
 * this check. The names are what telling a Word 97–2003 document (a `WordDocument` stream)
 * from an .xls, .ppt or .msg needs.
 */
const HEADER_BYTES = 512;
const DIFAT_IN_HEADER = 109;
const ENTRY_BYTES = 128;
/** Sector and entry ids from here up are markers (end of chain, free, no entry), not places. */
const FIRST_MARKER = 0xfffffffa;

export const WORD_STREAM = "WordDocument";

/** A damaged compound file: its header is fine, what it points at is not. */
function corrupt(reason: string): InputError {
  return new InputError(
    "document.corrupt",
    "The Office file is damaged or cut off and cannot be read; open it in Word or LibreOffice, save it again (as .docx or PDF) and re-upload",
    { details: { reason } },
  );
}

interface Layout {
  view: DataView;
  sectorSize: number;
  sectors: number;
}

/**
 * Stream and storage names directly under the root, or null when the bytes after the OLE
 * magic are no compound-file header at all (then nothing can be said about the file).
 * Throws document.corrupt when the header is sound but the file cannot be followed safely.
 */
export function oleRootNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (view.getUint16(0x1c, true) !== 0xfffe || (shift !== 9 && shift !== 12)) return null;
  const sectorSize = 1 << shift;
  const layout = { view, sectorSize, sectors: Math.floor((bytes.length - HEADER_BYTES) / sectorSize) };
  const fat = readTable(layout, fatSectorIds(layout));
  assertNoLoops(fat, "allocation table");
  const directory = chain(fat, view.getUint32(0x30, true));
  const miniFat = readTable(layout, chain(fat, view.getUint32(0x3c, true)));
  assertNoLoops(miniFat, "short allocation table");
  const entries = directory.flatMap((id) =>
    Array.from({ length: sectorSize / ENTRY_BYTES }, (_, i) =>
      directoryEntry(view, sectorAt(layout, id) + i * ENTRY_BYTES),
    ),
  );
  return rootChildren(entries);
}

/** Where a regular sector starts; a sector past the end of the bytes is a cut-off file. */
function sectorAt({ sectors, sectorSize }: Layout, id: number): number {
  if (id >= sectors) throw corrupt(`sector ${id} lies past the end of the file`);
  return HEADER_BYTES + id * sectorSize;
}

/** The allocation table's own sectors: 109 in the header, the rest in the DIFAT chain. */
function fatSectorIds(layout: Layout): number[] {
  const { view, sectorSize, sectors } = layout;
  const count = view.getUint32(0x2c, true);
  if (count > sectors) throw corrupt(`${count} allocation-table sectors in a file of ${sectors}`);
  const ids: number[] = [];
  for (let i = 0; i < Math.min(count, DIFAT_IN_HEADER); i++) ids.push(view.getUint32(0x4c + i * 4, true));
  const perDifat = sectorSize / 4 - 1;
  for (let id = view.getUint32(0x44, true), steps = 0; ids.length < count && id < FIRST_MARKER; steps++) {
    if (steps > sectors) throw corrupt("the DIFAT chain loops");
    const start = sectorAt(layout, id);
    for (let i = 0; i < perDifat && ids.length < count; i++) ids.push(view.getUint32(start + i * 4, true));
    id = view.getUint32(start + perDifat * 4, true);
  }
  return ids;
}

/** The next-sector numbers held in the given sectors, in order. */
function readTable(layout: Layout, sectorIds: number[]): Uint32Array {
  const perSector = layout.sectorSize / 4;
  const table = new Uint32Array(sectorIds.length * perSector);
  sectorIds.forEach((id, n) => {
    const start = sectorAt(layout, id);
    for (let i = 0; i < perSector; i++) table[n * perSector + i] = layout.view.getUint32(start + i * 4, true);
  });
  return table;
}

/**
 * Every chain in the table ends: the table is a graph where each sector points at one next
 * sector, so walking each sector once, marking the path, finds any loop in linear time.
 */
function assertNoLoops(table: Uint32Array, name: string): void {
  const state = new Uint8Array(table.length); // 0 unseen, 1 on the current path, 2 known to end
  for (let start = 0; start < table.length; start++) {
    const path: number[] = [];
    let id = start;
    while (id < table.length && state[id] === 0) {
      state[id] = 1;
      path.push(id);
      id = table[id] ?? FIRST_MARKER;
    }
    if (id < table.length && state[id] === 1) throw corrupt(`the ${name} loops at sector ${id}`);
    for (const seen of path) state[seen] = 2;
  }
}

/** A chain through a table already proved loop-free. */
function chain(table: Uint32Array, first: number): number[] {
  const ids: number[] = [];
  for (let id = first; id < FIRST_MARKER; id = table[id] ?? FIRST_MARKER) {
    if (id >= table.length) throw corrupt(`sector ${id} is not in the allocation table`);
    ids.push(id);
  }
  return ids;
}

interface DirectoryEntry {
  name: string;
  left: number;
  right: number;
  child: number;
}

function directoryEntry(view: DataView, at: number): DirectoryEntry {
  const nameBytes = Math.min(64, view.getUint16(at + 64, true));
  let name = "";
  // The length counts the terminating NUL.
  for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
  return {
    name,
    left: view.getUint32(at + 68, true),
    right: view.getUint32(at + 72, true),
    child: view.getUint32(at + 76, true),
  };
}

/** The root's children are a red-black tree hanging off entry 0's child; walked once each. */
function rootChildren(entries: DirectoryEntry[]): string[] {
  const names: string[] = [];
  const pending = [entries[0]?.child ?? FIRST_MARKER];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const id = pending.pop() ?? FIRST_MARKER;
    if (id >= FIRST_MARKER || seen.has(id)) continue;
    const entry = entries[id];
    if (entry === undefined) throw corrupt(`directory entry ${id} does not exist`);
    seen.add(id);
    names.push(entry.name);
    pending.push(entry.left, entry.right);
  }
  return names;
}
