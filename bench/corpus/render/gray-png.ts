import { crc32, deflateSync } from "node:zlib";

/**
 * RGBA pixels → 8-bit grayscale PNG. Scans are grey anyway, and a grey PNG is a third of the
 * RGBA one canvas writes, which keeps each "scan" well under the corpus's 200 KB file limit.
 */
export function encodeGrayPng(width: number, height: number, rgba: Uint8ClampedArray): Uint8Array {
  const stride = width + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 1; // "Sub" filter: each byte minus its left neighbour.
    let left = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const gray = Math.round(
        0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0),
      );
      raw[y * stride + 1 + x] = (gray - left) & 0xff;
      left = gray;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, colour type 0 (grey), deflate, no filter set, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(body.length + 4, crc32(body));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
