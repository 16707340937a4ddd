export { encodeS3EventKey, startEmulator } from "./emulator";
export { type LocalRuntime, type LocalRuntimeOptions, startLocalRuntime } from "./runtime";
