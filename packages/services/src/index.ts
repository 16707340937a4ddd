export type { ServiceDeps } from "./deps";
export * from "./document/create-from-upload";
export * from "./document/start-ingest";
export * from "./document/ingest-steps";
export { ownerOfKey, isValidTenantId, uploadKey, derivedKey } from "./document/keys";
export * from "./record";
