export { type PgCluster, type PgClusterOptions, startPgCluster } from "./pg-cluster";
