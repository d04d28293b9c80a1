import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "e2e/protocol/**/*.test.ts"],
    globalSetup: ["e2e/protocol/global-setup.ts"],
    // Unit tests import lib/env; give them a secret so nothing is generated into .data/.
    env: { BETTER_AUTH_SECRET: "unit-test-secret-0123456789abcdef0123456789" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Test files share one server and database; each file creates its own users and clients.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
