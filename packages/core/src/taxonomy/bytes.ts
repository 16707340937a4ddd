import { closeSync, readSync } from "node:fs";

/**
 * A taxonomy section's bytes, wherever they are: in memory (decompressed by this process), or in
 * a file of the decompressed-section cache (section-cache.ts), read a page at a time as lookups
 * touch it. A `futodama parse` touches a few hundred of the ~23k skill records and a few thousand
 * of the ~200k phrase payloads: reading them in place costs a few hundred small reads instead of
 * 13 MB of `read` (and the collector's time over it).
 */
export interface SectionBytes {
  readonly length: number;
  /** The bytes [start, end), as a view where possible: never written to. */
  read(start: number, end: number): Buffer;
  /** The little-endian 32-bit integer at a byte offset. */
  int32(at: number): number;
  /** Every byte; a file is then read whole, once, and later reads come from memory. */
  whole(): Buffer;
}

/** A list of 32-bit integers read by index: an Int32Array, or one read in place from a file. */
export interface Int32List {
  readonly length: number;
  at(index: number): number | undefined;
}

export function memoryBytes(bytes: Buffer): SectionBytes {
  return {
    length: bytes.length,
    read: (start, end) => bytes.subarray(start, end),
    int32: (at) => bytes.readInt32LE(at),
    whole: () => bytes,
  };
}

const PAGE = 4096;

/**
 * `length` bytes of an open file from `base` on, read in 4 KB pages as touched. Once a quarter of
 * the pages have been read (a long-running process that walks every record), the rest is read in
 * one go and the file closed: the worst case is one whole read, as before.
 */
export class FileBytes implements SectionBytes {
  private readonly pages = new Map<number, Buffer>();
  private everything: Buffer | undefined;

  constructor(
    private readonly fd: number,
    private readonly base: number,
    readonly length: number,
  ) {}

  read(start: number, end: number): Buffer {
    if (this.everything !== undefined) return this.everything.subarray(start, end);
    const first = Math.floor(start / PAGE);
    const last = Math.floor((Math.max(end, start + 1) - 1) / PAGE);
    if (first === last) {
      const page = this.page(first);
      return page.subarray(start - first * PAGE, end - first * PAGE);
    }
    // A range across pages (a long record): read as it is, not kept.
    return this.readAt(start, end - start);
  }

  int32(at: number): number {
    return this.read(at, at + 4).readInt32LE(0);
  }

  whole(): Buffer {
    if (this.everything === undefined) {
      this.everything = this.readAt(0, this.length);
      this.pages.clear();
      closeSync(this.fd);
    }
    return this.everything;
  }

  private page(index: number): Buffer {
    let page = this.pages.get(index);
    if (page === undefined) {
      if (this.pages.size * PAGE * 4 >= this.length) return this.whole().subarray(index * PAGE);
      page = this.readAt(index * PAGE, Math.min(PAGE, this.length - index * PAGE));
      this.pages.set(index, page);
    }
    return page;
  }

  private readAt(start: number, length: number): Buffer {
    return readFully(this.fd, this.base + start, length);
  }
}

/** `length` bytes of a file from `position`, however many reads it takes; a file cut short throws. */
export function readFully(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error("The taxonomy's cached section is truncated");
    done += n;
  }
  return bytes;
}
