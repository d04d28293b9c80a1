import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `vitest run` runs both projects; `--project unit` needs neither a build nor PostgreSQL.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // Unit tests import lib/env; give them a secret so nothing is generated into .data/.
    env: { BETTER_AUTH_SECRET: "unit-test-secret-0123456789abcdef0123456789" },
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
          // Modules that import db/ open an (unused) embedded database: keep it out of the checkout.
          env: { PGLITE_DIR: join(tmpdir(), "gatehouse-unit-pglite") },
        },
      },
      {
        extends: true,
        test: {
          name: "protocol",
          include: ["db/**/*.test.ts", "e2e/protocol/**/*.test.ts"],
          // One production server on a throwaway database (needs `npm run build` first).
          globalSetup: ["e2e/protocol/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Test files share one server and database; each file creates its own users and clients.
          fileParallelism: true,
        },
      },
    ],
  },
});
