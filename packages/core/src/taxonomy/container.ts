/*
 * The compact taxonomy file's container: sections one after the other, each a 4-byte big-endian
 * length and that many bytes (a brotli stream). Sections are found without decompressing any.
 */

export function packSections(sections: readonly Uint8Array[]): Buffer {
  return Buffer.concat(
    sections.flatMap((section) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(section.length);
      return [length, section];
    }),
  );
}

export function unpackSections(file: Buffer): Buffer[] {
  const sections: Buffer[] = [];
  for (let at = 0; at < file.length; ) {
    if (at + 4 > file.length) throw new Error("The compact taxonomy is truncated");
    const length = file.readUInt32BE(at);
    if (at + 4 + length > file.length) throw new Error("The compact taxonomy is truncated");
    sections.push(file.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return sections;
}
