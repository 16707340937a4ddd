import { mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileBytes } from "../src/taxonomy/bytes";

/*
 * The taxonomy's kept sections are read in place, a page at a time (bytes.ts): every range a
 * lookup asks for must be the file's own bytes, whether it lies in one page, spans two, or is
 * read after the reader switched to the whole file.
 */
const dir = mkdtempSync(join(tmpdir(), "futodama-bytes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileOf(bytes: Buffer): number {
  const path = join(dir, `bytes-${bytes.length}.bin`);
  writeFileSync(path, bytes);
  return openSync(path, "r");
}

const content = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919 + (i >> 8)) % 256));

describe("a kept section read in place", () => {
  it("gives the file's bytes for ranges inside a page, across pages, and as integers", () => {
    const base = 3;
    const section = content.subarray(base);
    const bytes = new FileBytes(fileOf(content), base, section.length);
    expect(bytes.length).toBe(section.length);
    for (const [start, end] of [
      [0, 10],
      [4090, 4100],
      [4096, 8192],
      [12_000, 30_000],
      [section.length - 5, section.length],
    ] as const) {
      expect(bytes.read(start, end).equals(section.subarray(start, end))).toBe(true);
    }
    for (const at of [0, 4, 4092, 8188, 20_000]) expect(bytes.int32(at)).toBe(section.readInt32LE(at));
  });

  it("reads the rest whole once a quarter of its pages were asked for, with the same answers", () => {
    const bytes = new FileBytes(fileOf(content), 0, content.length);
    for (let at = 0; at < content.length - 4; at += 4096) {
      expect(bytes.int32(at)).toBe(content.readInt32LE(at));
    }
    expect(bytes.whole().equals(content)).toBe(true);
    expect(bytes.read(4000, 9000).equals(content.subarray(4000, 9000))).toBe(true);
  });
});
