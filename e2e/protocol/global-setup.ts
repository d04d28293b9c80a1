import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, assertLocalDatabase, createDatabase, startServer } from "./server";

export const TEST_SECRET = "test-secret-0123456789abcdef0123456789abcdef";
export const INITIAL_ACCESS_TOKEN = "test-initial-access-token-0123456789";
export const PAIRWISE_SECRET = "test-pairwise-secret-0123456789abcdef0123";
export const ADMIN = { email: "admin@example.test", password: "admin-password-123" };

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

/** One production server on a throwaway PostgreSQL database for the whole run. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (npm test does).");
  }
  // .ci/run hands us a database it created; otherwise make (and later drop) our own.
  const given = process.env.TEST_DATABASE_URL;
  if (given) assertLocalDatabase(given);
  const database = given
    ? { url: given, drop: async () => {} }
    : await createDatabase("gatehouse_test");
  let server;
  try {
    server = await startServer({
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: TEST_SECRET,
      INITIAL_ACCESS_TOKEN,
      PAIRWISE_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_CLIENTS: "false",
      // The suite drives thousands of requests from one address.
      RATE_LIMIT_ENABLED: "false",
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  project.provide("baseUrl", server.baseUrl);
  project.provide("databaseUrl", database.url);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
