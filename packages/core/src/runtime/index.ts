export { runtimeDataPath } from "./files";
