export type * from "./storage";
