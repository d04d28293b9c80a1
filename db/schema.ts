export * from "./auth-schema";
export * from "./tables";
