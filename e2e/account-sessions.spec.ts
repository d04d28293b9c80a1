import type { BrowserContext } from "@playwright/test";
import { expect, signInUser, signUpUser, test } from "./fixtures";

test.describe("sessions", () => {
  test("signing out another session signs that browser out", async ({ browser }) => {
    const deviceA = await browser.newContext();
    const deviceB = await browser.newContext();
    try {
      const user = await signUpUser(deviceA);
      await signInUser(deviceB, user);
      const pageB = await deviceB.newPage();
      await pageB.goto("/account");
      await expect(pageB.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

      const pageA = await deviceA.newPage();
      await pageA.goto("/account/sessions");
      const list = pageA.getByRole("region", { name: "Active sessions" });
      await expect(list.getByRole("listitem")).toHaveCount(2);
      await expect(list.getByText("This device")).toHaveCount(1);
      // No session token is rendered into the page.
      expect(await pageA.content()).not.toMatch(/token/i);

      const other = list.getByRole("listitem").filter({ hasNot: pageA.getByText("This device") });
      await other.getByRole("button", { name: "Sign out" }).click();
      await expect(list.getByRole("listitem")).toHaveCount(1);

      await pageB.reload();
      await expect(pageB).toHaveURL(/\/sign-in\?redirect_to=%2Faccount/);
      // Device A stays signed in.
      await pageA.reload();
      await expect(pageA.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();
    } finally {
      await deviceA.close();
      await deviceB.close();
    }
  });

  test("sign out all other sessions keeps this one", async ({ browser }) => {
    const contexts = await Promise.all([1, 2, 3].map(() => browser.newContext()));
    try {
      const [mine, ...others] = contexts as [BrowserContext, ...BrowserContext[]];
      const user = await signUpUser(mine);
      for (const context of others) await signInUser(context, user);
      const page = await mine.newPage();
      await page.goto("/account/sessions");
      const list = page.getByRole("region", { name: "Active sessions" });
      await expect(list.getByRole("listitem")).toHaveCount(3);
      await expect(list.getByRole("listitem").first().getByRole("heading")).toContainText(/ on /);

      await page.getByRole("button", { name: "Sign out all other sessions" }).click();
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list.getByText("This device")).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("2 other sessions signed out.");
      await expect(
        page.getByRole("button", { name: "Sign out all other sessions" }),
      ).toBeDisabled();

      for (const context of others) {
        const res = await context.request.get("/api/auth/get-session");
        expect(await res.json()).toBeNull();
      }
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });
});
