import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  // Generous: a 2-core CI machine runs the server, two browsers and the database at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // One retry in CI only: a busy 2-core runner can still lose a navigation race; a retried test
  // is reported as "flaky" in the list output so it is seen and fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Specs under e2e/settings/ change portal-wide settings (branding) that other specs read, so
  // they run after every other spec has finished.
  projects: [
    { name: "main", testIgnore: "settings/**" },
    { name: "settings", testMatch: "settings/*.spec.ts", dependencies: ["main"] },
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
});
