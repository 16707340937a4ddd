import { InputError, TooLargeError } from "@futodama/core";
import { Inflate } from "fflate";
import { type ExtractionLimits, formatBytes } from "../limits";

/**
 * A minimal ZIP reader that trusts nothing: sizes come from the central directory and are
 * checked against the limits BEFORE anything is inflated, and inflation is streamed and cut off
 * the moment an entry produces more than it declared (a lying header is the other zip bomb).
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;

/** A 64-bit little-endian count or offset, as a number (ZIP64 values past 2^53 are nonsense here). */
function uint64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/**
 * Where the central directory is and how many entries it has. Past 65,535 entries (or 4 GB)
 * the classic record holds 0xFFFF / 0xFFFFFFFF and the real numbers are in the ZIP64 record,
 * found through the locator just before it: a DOCX with 100,002 entries has 100,002, not 65,535.
 */
function centralDirectory(view: DataView, eocd: number): { count: number; offset: number } {
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { count, offset };
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD)
    throw corrupt("bad ZIP64 end of central directory");
  return { count: uint64(view, record + 32), offset: uint64(view, record + 48) };
}

/** ZIP64 entries keep their real sizes and offset in an extra field, in this order, when maxed out. */
function readZip64Extra(view: DataView, entry: ZipEntry, start: number, end: number): void {
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const name of ["uncompressedSize", "compressedSize", "localOffset"] as const) {
        if (entry[name] !== 0xffffffff || field + 8 > at + 4 + size) continue;
        entry[name] = uint64(view, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

function corrupt(reason: string): InputError {
  return new InputError(
    "document.corrupt",
    "The file is damaged (broken ZIP structure); save or export it again and re-upload",
    {
      details: { reason },
    },
  );
}

export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  const { count, offset } = centralDirectory(view, eocd);
  let pos = offset;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== CENTRAL)
      throw corrupt("bad central directory");
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(pos + 10, true),
      compressedSize: view.getUint32(pos + 20, true),
      uncompressedSize: view.getUint32(pos + 24, true),
      localOffset: view.getUint32(pos + 42, true),
      name: new TextDecoder().decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
    };
    const extraStart = pos + 46 + nameLength;
    readZip64Extra(view, entry, extraStart, Math.min(extraStart + extraLength, bytes.length));
    entries.push(entry);
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zipBomb(message: string, details: Record<string, number>): TooLargeError {
  return new TooLargeError("document.zip_bomb", message, { details });
}

/** The zip-bomb guard, from declared sizes only: nothing has been inflated yet. */
export function assertZipWithinLimits(
  entries: ZipEntry[],
  compressedTotal: number,
  limits: ExtractionLimits,
): void {
  if (entries.length > limits.maxZipEntries) {
    throw zipBomb(
      `The document archive holds ${entries.length} files (the limit is ${limits.maxZipEntries}); it is not a normal Word document`,
      { entries: entries.length, limit: limits.maxZipEntries },
    );
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw zipBomb(
        "The document archive declares a file larger than 4 GB; it is not a normal Word document",
        {},
      );
    }
    total += entry.uncompressedSize;
  }
  const ratio = total / Math.max(1, compressedTotal);
  if (total > limits.maxUncompressedBytes || ratio > limits.maxCompressionRatio) {
    throw zipBomb(
      `The document unpacks to ${formatBytes(total)} from a ${formatBytes(compressedTotal)} file; that is far beyond a normal Word document (limit ${formatBytes(limits.maxUncompressedBytes)}, ratio ${limits.maxCompressionRatio}:1)`,
      { uncompressedBytes: total, compressedBytes: compressedTotal, limitBytes: limits.maxUncompressedBytes },
    );
  }
}

/** Inflates one entry; never produces more than the entry declared. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw corrupt(`truncated entry ${entry.name}`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`unsupported compression method ${entry.method}`);

  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      throw zipBomb(
        `A file inside the document unpacks to more than it declares (${entry.name}); it is not a normal Word document`,
        {
          declaredBytes: entry.uncompressedSize,
        },
      );
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length; i += step) {
      inflater.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
    }
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw corrupt(`cannot inflate ${entry.name}: ${String(error)}`);
  }
  return out.subarray(0, written);
}

/**
 * An Office or OpenDocument package, checked against the zip-bomb limits before anything is
 * inflated: its entries, and each XML part by name as text (null when it has none).
 */
export function openPackage(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): { entries: ZipEntry[]; read: (name: string) => string | null } {
  const entries = listZipEntries(bytes);
  assertZipWithinLimits(entries, bytes.length, limits);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const utf8 = new TextDecoder("utf-8");
  const read = (name: string): string | null => {
    const entry = byName.get(name);
    return entry ? utf8.decode(readZipEntry(bytes, entry)) : null;
  };
  return { entries, read };
}
