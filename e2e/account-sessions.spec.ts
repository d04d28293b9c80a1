import { expect, test, userOnDevices } from "./fixtures";

test.describe("sessions", () => {
  test("signing out another session signs that browser out", async ({ browser }) => {
    const { pages, close } = await userOnDevices(browser, 2);
    const [pageA, pageB] = pages;
    try {
      await pageB.goto("/account");
      await expect(pageB.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

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
      await close();
    }
  });

  test("sign out all other sessions keeps this one", async ({ browser }) => {
    const { pages, close } = await userOnDevices(browser, 3);
    const [page, ...others] = pages;
    try {
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

      for (const other of others) {
        const res = await other.request.get("/api/auth/get-session");
        expect(await res.json()).toBeNull();
      }
    } finally {
      await close();
    }
  });
});
