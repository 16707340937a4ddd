// The implementation lives under src/testing so other packages' integration tests can import it
// as "@futodama/storage/testing".
export * from "../../src/testing/pg-cluster";
