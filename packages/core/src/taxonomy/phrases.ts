import { FileBytes, type Int32List, type SectionBytes } from "./bytes";
import type { CompactPhrases, StoredPhrases } from "./compact";

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

/**
 * A dictionary as stored: the keys parsed now, each capitals mask when asked for, the payloads
 * read where they lie (in place from a file).
 */
export function phrasesFromBytes(bytes: SectionBytes): StoredPhrases {
  if (bytes.length < 4) throw new Error("The compact taxonomy's phrases are truncated");
  const length = bytes.int32(0);
  const start = 4 + length + padding(4 + length);
  if (length < 0 || start > bytes.length || (bytes.length - start) % 4 !== 0)
    throw new Error("The compact taxonomy's phrases are truncated");
  const json = bytes.read(4, 4 + length).toString("utf8");
  const payloads = int32List(bytes, start, (bytes.length - start) / 4);
  // The ~9k masks as one JSON value cost a cold parse more than all its lookups (~10 ms): each
  // is parsed when a matched phrase first needs it. `,"caps":[` cannot occur inside the keys'
  // JSON string (a quote there is escaped), so it marks where the masks begin.
  const split = json.indexOf(capsField);
  if (split < 0) {
    const { keys } = JSON.parse(json) as Pick<CompactPhrases, "keys">;
    return { keys, payloads, capsAt: () => undefined };
  }
  const { keys } = JSON.parse(`${json.slice(0, split)}}`) as Pick<CompactPhrases, "keys">;
  return { keys, payloads, capsAt: lazyMasks(json.slice(split + capsField.length - 1, -1)) };
}

const capsField = ',"caps":[';

/** Element i of a JSON array of flat arrays (`[[true,false],[true]]`), parsed on first use. */
function lazyMasks(arrays: string): (index: number) => boolean[] | undefined {
  const inner = arrays.slice(1, -1).trim();
  // Flat arrays hold no brackets: "],[" is exactly where one ends and the next begins.
  const texts = inner === "" ? [] : inner.slice(1, -1).split(/\]\s*,\s*\[/);
  const parsed = new Map<number, boolean[]>();
  return (index) => {
    let mask = parsed.get(index);
    const text = texts[index];
    if (mask === undefined && text !== undefined) {
      mask = JSON.parse(`[${text}]`) as boolean[];
      parsed.set(index, mask);
    }
    return mask;
  };
}

function int32List(bytes: SectionBytes, start: number, length: number): Int32List {
  if (!(bytes instanceof FileBytes)) {
    const numbers = bytes.read(start, start + length * 4);
    // An Int32Array needs a 4-aligned offset: copy in the rare case the decompressed buffer has none.
    return numbers.byteOffset % 4 === 0
      ? new Int32Array(numbers.buffer, numbers.byteOffset, length)
      : new Int32Array(Uint8Array.from(numbers).buffer);
  }
  return {
    length,
    at: (index) => (index >= 0 && index < length ? bytes.int32(start + index * 4) : undefined),
  };
}
