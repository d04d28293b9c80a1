import { unique } from "../fixtures";
import { createClient, expect, test } from "./fixtures";

const VIEWPORTS = [
  { label: "desktop", width: 1280, height: 900 },
  { label: "360", width: 360, height: 800 },
] as const;

test("client and resource pages fit a 360 px screen in light and dark mode", async ({ page }) => {
  // 28 full-page screenshots.
  test.setTimeout(120_000);
  const client = await createClient(page, {
    kind: "Web app",
    name: unique("Layout check with a rather long application name"),
    redirectUris: ["https://layout.example.test/a/very/long/callback/path/that/should/wrap"],
  });
  await page.screenshot({
    path: "test-results/screenshots/admin-client-created-desktop-light.png",
  });
  const pages = [
    ["clients", "/admin/clients"],
    ["new-client", "/admin/clients/new"],
    ["client-settings", `/admin/clients/${client.clientId}`],
    ["client-resources", `/admin/clients/${client.clientId}/resources`],
    ["client-consents", `/admin/clients/${client.clientId}/consents`],
    ["resources", "/admin/resources"],
    ["new-resource", "/admin/resources/new"],
  ] as const;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const [name, path] of pages) {
        await page.goto(path);
        await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(
          overflow,
          `${name} at ${viewport.label} (${scheme}) scrolls sideways`,
        ).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/admin-${name}-${viewport.label}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
  }
});
