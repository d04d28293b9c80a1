export * from "./auth-schema";
