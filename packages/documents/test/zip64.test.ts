import { isAppError } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { extractDocument, sniffType } from "../src";
import { listZipEntries } from "../src/formats/zip";

/**
 * A ZIP64 archive of `count` empty stored files (the first is word/document.xml): its classic
 * end record says 0xFFFF entries at 0xFFFFFFFF, as writers do past 65,535 entries.
 */
function zip64(count: number): Uint8Array {
  const names = Array.from({ length: count }, (_, i) => (i === 0 ? "word/document.xml" : `word/m/${i}`));
  const encoded = names.map((n) => Buffer.from(n));
  const locals = encoded.reduce((sum, n) => sum + 30 + n.length, 0);
  const centrals = encoded.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = Buffer.alloc(locals + centrals + 56 + 20 + 22);
  let at = 0;
  const offsets: number[] = [];
  for (const name of encoded) {
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(20, at + 4);
    out.writeUInt16LE(name.length, at + 26);
    name.copy(out, at + 30);
    at += 30 + name.length;
  }
  const central = at;
  encoded.forEach((name, i) => {
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(45, at + 4);
    out.writeUInt16LE(45, at + 6);
    out.writeUInt16LE(name.length, at + 28);
    out.writeUInt32LE(offsets[i] ?? 0, at + 42);
    name.copy(out, at + 46);
    at += 46 + name.length;
  });
  const record = at;
  out.writeUInt32LE(0x06064b50, at);
  out.writeBigUInt64LE(44n, at + 4);
  out.writeUInt16LE(45, at + 12);
  out.writeUInt16LE(45, at + 14);
  out.writeBigUInt64LE(BigInt(count), at + 24);
  out.writeBigUInt64LE(BigInt(count), at + 32);
  out.writeBigUInt64LE(BigInt(record - central), at + 40);
  out.writeBigUInt64LE(BigInt(central), at + 48);
  at += 56;
  out.writeUInt32LE(0x07064b50, at);
  out.writeBigUInt64LE(BigInt(record), at + 8);
  out.writeUInt32LE(1, at + 16);
  at += 20;
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(0xffff, at + 8);
  out.writeUInt16LE(0xffff, at + 10);
  out.writeUInt32LE(0xffffffff, at + 12);
  out.writeUInt32LE(0xffffffff, at + 16);
  return out;
}

describe("ZIP64 entry counts (issue 11)", () => {
  it("a DOCX with 100,002 entries is counted as 100,002 and refused by the real limit", async () => {
    const docx = zip64(100_002);
    expect(listZipEntries(docx)).toHaveLength(100_002);
    expect(sniffType(docx)).toContain("wordprocessingml");
    const error = await extractDocument(docx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe("document.zip_bomb");
    expect(isAppError(error) && error.details).toMatchObject({ entries: 100_002, limit: 2_000 });
    expect((error as Error).message).toContain("100002 files");
  }, 60_000);
});
