import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { FileBytes, readFully, type SectionBytes } from "./bytes";

/** A section as kept: its bytes and, for a record section, where each of its lines starts. */
export interface CachedSection {
  bytes: SectionBytes;
  starts?: Uint32Array;
}

export interface SectionCache {
  read(name: string, records: boolean): CachedSection | undefined;
  write(name: string, bytes: Buffer, starts?: Uint32Array): void;
}

/**
 * Bumped whenever the files' layout changes: a record section is its line count plus one, its
 * line starts (little-endian 32-bit), then its text; any other section its bytes as they are.
 */
const layout = "c2";

/**
 * Decompressed sections kept on disk between runs, where `FUTODAMA_TAXONOMY_CACHE` names a
 * directory (the CLI and the local runtime set it; a Lambda does not: it decompresses once
 * per cold start). A short-lived command decompresses ~13 MB of brotli on every run otherwise
 * (~0.1–0.3 s of a `futodama parse`), and from the kept files it reads only the records and
 * payloads its lookups touch (bytes.ts). Files are named by the compact file's size and mtime,
 * so a rebuilt taxonomy is never read from an old copy; a file is written whole, then renamed,
 * so a reader never sees half of one (and one already open keeps its own copy).
 */
export function decompressedSectionCache(compactPath: string): SectionCache | undefined {
  const dir = process.env.FUTODAMA_TAXONOMY_CACHE;
  if (!dir) return undefined;
  let prefix: string;
  try {
    const { size, mtimeMs } = statSync(compactPath);
    prefix = `taxonomy-${size}-${Math.trunc(mtimeMs)}-${layout}-`;
  } catch {
    return undefined;
  }
  const fileOf = (name: string) => join(dir, `${prefix}${name}.bin`);
  return {
    read(name, records) {
      let fd: number;
      try {
        fd = openSync(fileOf(name), "r");
      } catch {
        return undefined;
      }
      try {
        return records ? recordSection(fd) : { bytes: new FileBytes(fd, 0, fstatSync(fd).size) };
      } catch {
        closeSync(fd);
        return undefined;
      }
    },
    write(name, bytes, starts) {
      try {
        mkdirSync(dir, { recursive: true });
        // Copies of a taxonomy rebuilt since (13 MB each), of an older layout, and writes a
        // crash left half done go.
        for (const old of readdirSync(dir)) {
          const stale = !old.startsWith(prefix) || old.endsWith(".partial");
          if (old.startsWith("taxonomy-") && stale) rmSync(join(dir, old), { force: true });
        }
        const partial = `${fileOf(name)}.${process.pid}.partial`;
        const head = starts === undefined ? [] : [lineTable(starts)];
        writeFileSync(partial, Buffer.concat([...head, bytes]));
        renameSync(partial, fileOf(name));
      } catch {
        // A cache that cannot be written (read-only checkout) only costs the next run the time.
      }
    },
  };
}

function lineTable(starts: Uint32Array): Buffer {
  const table = Buffer.alloc(4 + starts.length * 4);
  table.writeUInt32LE(starts.length, 0);
  for (let i = 0; i < starts.length; i++) table.writeUInt32LE(starts[i] ?? 0, 4 + i * 4);
  return table;
}

/** A record section's line table read now; its text left in the file until a record is asked for. */
function recordSection(fd: number): CachedSection {
  const size = fstatSync(fd).size;
  const count = readFully(fd, 0, 4).readUInt32LE(0);
  const textStart = 4 + count * 4;
  if (count === 0 || textStart > size) throw new Error("truncated");
  const table = readFully(fd, 4, count * 4);
  const starts = new Uint32Array(count);
  for (let i = 0; i < count; i++) starts[i] = table.readUInt32LE(i * 4);
  const textLength = size - textStart;
  // The last start is one past the text's end: a file cut short would read past it.
  if ((starts[count - 1] ?? 0) !== textLength + 1) throw new Error("truncated");
  return { bytes: new FileBytes(fd, textStart, textLength), starts };
}
