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
  const count = view.getUint16(eocd + 10, true);
  let pos = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== CENTRAL)
      throw corrupt("bad central directory");
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    entries.push({
      method: view.getUint16(pos + 10, true),
      compressedSize: view.getUint32(pos + 20, true),
      uncompressedSize: view.getUint32(pos + 24, true),
      localOffset: view.getUint32(pos + 42, true),
      name: new TextDecoder().decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
    });
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
