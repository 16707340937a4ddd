import { createWriteStream, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import archiver from "archiver";

/** Every file under `dir` (dotfiles included, symlinks followed as SST's glob + archiver do). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

export function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * The deployment zip as SST's createZipAsset writes it: archiver with statConcurrency 1, the
 * files sorted by their path in the zip, every entry dated at the epoch, so equal folders give
 * equal bytes (and equal hashes).
 */
export async function zipFolder(dir: string, zipPath: string): Promise<number> {
  const files = listFiles(dir).sort((a, b) => a.localeCompare(b));
  await new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(zipPath);
    const archive = archiver("zip", { statConcurrency: 1 });
    archive.on("warning", reject);
    archive.on("error", reject);
    ws.once("close", () => resolve());
    archive.pipe(ws);
    for (const file of files) archive.file(join(dir, file), { name: file, date: new Date(0) });
    void archive.finalize();
  });
  return statSync(zipPath).size;
}
