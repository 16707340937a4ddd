export { createStorage, type StorageConfig } from "./create-storage";
export {
  type Database,
  type DatabaseConfig,
  type Driver,
  type NeonDb,
  openDatabase,
  type PgliteDb,
} from "./database";
export { migrate, migrationsFolder } from "./migrate";
export type * from "./storage";
export { startWsProxy, type WsProxy, type WsProxyOptions } from "./ws-proxy";
