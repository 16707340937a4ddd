/**
 * A progress bar on stderr: one line redrawn in place on a terminal, a plain line every few
 * seconds (and at the end) otherwise, so CI logs stay readable.
 */
export interface Progress {
  update(done: number, note?: string): void;
  finish(note?: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream?: NodeJS.WriteStream | { isTTY?: boolean; write(chunk: string): boolean };
  /** Minimum pause between two plain lines (not a terminal). */
  intervalMs?: number;
}

const WIDTH = 28;

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const interval = options.intervalMs ?? 2000;
  const started = performance.now();
  let lastLine = 0;
  let lastDone = -1;
  const line = (done: number, note?: string) => {
    const total = Math.max(options.total, 1);
    const filled = Math.round((Math.min(done, total) / total) * WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `${options.label} ${bar} ${done}/${options.total} ${seconds}s${note ? `  ${note}` : ""}`;
  };
  return {
    update(done, note) {
      if (tty) {
        stream.write(`\r\x1b[2K${line(done, note)}`);
        return;
      }
      const now = performance.now();
      if (done === lastDone || (now - lastLine < interval && done < options.total)) return;
      lastLine = now;
      lastDone = done;
      stream.write(`${line(done, note)}\n`);
    },
    finish(note) {
      if (tty) stream.write(`\r\x1b[2K${line(options.total, note)}\n`);
      else if (lastDone !== options.total) stream.write(`${line(options.total, note)}\n`);
    },
  };
}
