export * from "./codex/aliases";
export { createAwsClients, createServiceDeps, type ServiceDeps, type ServiceSettings } from "./deps";
export * from "./document/create-from-upload";
export * from "./document/ingest-steps";
export { derivedKey, isValidTenantId, ownerOfKey, uploadKey } from "./document/keys";
export * from "./document/start-ingest";
export { buildCard } from "./document/understand";
export * from "./document/vision";
export * from "./record";
