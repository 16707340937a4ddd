import { terminateOcr } from "@futodama/documents/ocr";

/**
 * Issue 11: an offline command that read a scan started the shared tesseract worker (a worker
 * thread), which keeps Node alive after the result is printed: `futodama parse scan.png` and
 * `futodama match` over a folder with scans never exited. Every command that reads documents
 * runs through this, so the worker is stopped however the command ends.
 */
export async function releasingOcr<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } finally {
    await terminateOcr();
  }
}
