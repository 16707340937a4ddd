import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./paths";

/**
 * What a running local runtime tells the CLI (`drop`, `rematch`): where its endpoints are.
 * Written under the data directory at start, removed on stop; a file left by a crashed process
 * is recognised by its pid and ignored.
 */
export interface RuntimeState {
  pid: number;
  startedAt: string;
  region: string;
  apiUrl: string;
  s3Endpoint: string;
  /** The emulator accepts only requests signed with this key (the file is the owner's only). */
  credentials: { accessKeyId: string; secretAccessKey: string };
  sfnEndpoint: string;
  buckets: { uploads: string; drops: string };
  ingestQueueUrl: string;
  stateMachines: { documentIngest: string; rematch: string };
}

export const runtimeStateFile = (dataDir: string) => join(dataDir, "runtime.json");

export function writeRuntimeState(dataDir: string, state: RuntimeState): void {
  // A CLI command reading it meanwhile sees the old state or the new, never half.
  writeFileAtomic(runtimeStateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function removeRuntimeState(dataDir: string, pid = process.pid): void {
  const current = readRuntimeState(dataDir);
  if (current === null || current.pid === pid) rmSync(runtimeStateFile(dataDir), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The running runtime's endpoints, or null when none is running on this data directory. */
export function readRuntimeState(dataDir: string): RuntimeState | null {
  const file = runtimeStateFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as RuntimeState;
    return typeof state.pid === "number" && alive(state.pid) ? state : null;
  } catch {
    return null;
  }
}
