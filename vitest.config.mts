import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "e2e/protocol/**/*.test.ts"],
    globalSetup: ["e2e/protocol/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Test files share one server and database; each file creates its own users and clients.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
