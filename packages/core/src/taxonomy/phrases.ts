import type { CompactPhrases } from "./compact";

/*
 * A phrase dictionary's bytes in the compact taxonomy: a 4-byte little-endian length, the JSON of
 * its keys and capitals masks, zero padding to a multiple of 4, then the payloads as
 * little-endian 32-bit integers — read back as an Int32Array over the same memory (every
 * platform Node and Lambda run on is little-endian).
 */

const padding = (length: number) => (4 - (length % 4)) % 4;

export function phrasesBytes(phrases: CompactPhrases): Buffer {
  const json = Buffer.from(JSON.stringify({ keys: phrases.keys, caps: phrases.caps }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const { buffer, byteOffset, byteLength } = phrases.payloads;
  return Buffer.concat([
    length,
    json,
    Buffer.alloc(padding(4 + json.length)),
    Buffer.from(buffer, byteOffset, byteLength),
  ]);
}

export function phrasesFromBytes(bytes: Buffer): CompactPhrases {
  if (bytes.length < 4) throw new Error("The compact taxonomy's phrases are truncated");
  const length = bytes.readUInt32LE(0);
  const start = 4 + length + padding(4 + length);
  if (start > bytes.length || (bytes.length - start) % 4 !== 0)
    throw new Error("The compact taxonomy's phrases are truncated");
  const { keys, caps } = JSON.parse(bytes.toString("utf8", 4, 4 + length)) as Omit<
    CompactPhrases,
    "payloads"
  >;
  const numbers = bytes.subarray(start);
  // An Int32Array needs a 4-aligned offset: copy in the rare case the decompressed buffer has none.
  const payloads =
    numbers.byteOffset % 4 === 0
      ? new Int32Array(numbers.buffer, numbers.byteOffset, numbers.length / 4)
      : new Int32Array(Uint8Array.from(numbers).buffer);
  return caps === undefined ? { keys, payloads } : { keys, payloads, caps };
}
