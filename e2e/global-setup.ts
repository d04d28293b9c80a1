import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT, assertLocalDatabase, createDatabase, startServer } from "./protocol/server";

/**
 * Browser suites: one production server on a throwaway PostgreSQL database. The URL reaches the
 * workers through the environment (they start after this runs).
 */
export default async function globalSetup() {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (npm test does).");
  }
  const given = process.env.TEST_DATABASE_URL;
  if (given) assertLocalDatabase(given);
  // The protocol suite may have used TEST_DATABASE_URL already: browsers get their own database.
  const database = await createDatabase("gatehouse_e2e");
  const server = await startServer({
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
    INITIAL_ACCESS_TOKEN: "e2e-initial-access-token-0123456789",
    PAIRWISE_SECRET: "e2e-pairwise-secret-0123456789abcdef0123",
    SEED_DEMO_CLIENTS: "false",
    ADMIN_EMAIL: "admin@example.test",
    ADMIN_PASSWORD: "admin-password-123",
    RATE_LIMIT_ENABLED: "false",
    // Upstream identity providers in the specs run on loopback (e2e/fixtures/upstream-op.ts).
    OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
  });
  process.env.E2E_BASE_URL = server.baseUrl;
  // Specs read this database directly: the development outbox, audit rows, RBAC no-effect checks.
  process.env.E2E_DATABASE_URL = database.url;
  process.env.E2E_INITIAL_ACCESS_TOKEN = "e2e-initial-access-token-0123456789";
  return async () => {
    await server.stop();
    await database.drop();
  };
}
