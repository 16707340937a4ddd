import type { HttpResult } from "./router";

/**
 * A file to download (an export): its bytes, type and name. Exports hold a person's data, so no
 * shared cache keeps a copy.
 */
export function attachment(file: { bytes: Uint8Array; contentType: string; filename: string }): HttpResult {
  return {
    status: 200,
    bytes: file.bytes,
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  };
}
