export { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from "./runtime";
export { startEmulator, encodeS3EventKey } from "./emulator";
