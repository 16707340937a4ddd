/**
 * How to start the pnpm that runs us again (`npm_execpath`): pnpm 12 is a native executable, run
 * as it is; an older pnpm (or corepack's shim) is a JavaScript file that Node runs. Undefined when
 * no pnpm started this process (vitest or tsx run directly).
 */
export function pnpmRunner(): { command: string; args: string[] } | undefined {
  const path = process.env.npm_execpath;
  if (!path?.includes("pnpm")) return undefined;
  return /\.[cm]?js$/.test(path) ? { command: process.execPath, args: [path] } : { command: path, args: [] };
}
