import { randomUUID } from "node:crypto";
import { expect, PASSWORD, signUpAndOpen, test, userOnDevices, waitForMailLink } from "./fixtures";

test.describe("profile", () => {
  test("updates the name and avatar URL, refusing a bad URL", async ({ page }) => {
    await signUpAndOpen(page, "/account", "Ada Lovelace");
    const profile = page.getByRole("region", { name: "Profile" });
    await expect(profile.getByText("AL", { exact: true })).toBeVisible();

    await profile.getByLabel("Avatar URL").fill("javascript:alert(1)");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByText("Enter a full http(s) URL, or leave it empty.")).toBeVisible();
    await expect(profile.getByLabel("Avatar URL")).toHaveValue("javascript:alert(1)");

    await profile.getByLabel("Name").fill("Augusta Ada King");
    await profile.getByLabel("Avatar URL").fill("https://example.test/ada.png");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByRole("status")).toHaveText("Profile saved.");
    await page.reload();
    await expect(profile.getByLabel("Name")).toHaveValue("Augusta Ada King");
    await expect(profile.getByLabel("Avatar URL")).toHaveValue("https://example.test/ada.png");
    // The image cannot load offline: the initials stand in.
    await expect(profile.getByText("AK", { exact: true })).toBeVisible();
  });

  test("an unverified address changes directly", async ({ page }) => {
    await signUpAndOpen(page, "/account");
    const email = page.getByRole("region", { name: "Email address" });
    await expect(email.getByText("Not verified", { exact: true })).toBeVisible();
    await email.getByLabel("New email address").fill("not-an-email");
    await email.getByRole("button", { name: "Change email" }).click();
    await expect(email.getByText("Enter a valid email address.")).toBeVisible();

    const next = `changed-${randomUUID()}@example.test`;
    await email.getByLabel("New email address").fill(next);
    await email.getByRole("button", { name: "Change email" }).click();
    await expect(email.getByRole("status").first()).toHaveText(
      `Your email address is now ${next}.`,
    );
    await page.reload();
    await expect(page.getByRole("banner").getByText(next)).toBeVisible();

    await email.getByRole("button", { name: "Resend verification email" }).click();
    await expect(email.getByText(`Check your inbox: we sent a new link to ${next}.`)).toBeVisible();
  });

  test("a verified address changes only through the link sent to the new one", async ({ page }) => {
    const user = await signUpAndOpen(page, "/account");
    const email = page.getByRole("region", { name: "Email address" });
    await email.getByRole("button", { name: "Resend verification email" }).click();
    await expect(
      email.getByText(`Check your inbox: we sent a new link to ${user.email}.`),
    ).toBeVisible();
    await page.goto(await waitForMailLink(user.email));
    await expect(page).toHaveURL(/\/account$/);
    await expect(email.getByText("Verified", { exact: true })).toBeVisible();

    const next = `confirmed-${randomUUID()}@example.test`;
    await email.getByLabel("New email address").fill(next);
    await email.getByRole("button", { name: "Change email" }).click();
    await expect(email.getByRole("status").first()).toHaveText(
      `Check your inbox: we sent a confirmation link to ${next}.`,
    );
    await page.reload();
    await expect(page.getByRole("banner").getByText(user.email)).toBeVisible();

    await page.goto(await waitForMailLink(next));
    await page.goto("/account");
    await expect(page.getByRole("banner").getByText(next)).toBeVisible();
  });

  test("changing the password explains a wrong current password and signs out other sessions", async ({
    browser,
  }) => {
    const { user, pages, close } = await userOnDevices(browser, 2);
    const [page, otherPage] = pages;
    try {
      await page.goto("/account");
      const form = page.getByRole("region", { name: "Password" });

      await form.getByLabel("Current password").fill("wrong-password-1");
      await form.getByLabel("New password", { exact: true }).fill("a-new-password-42");
      await form.getByLabel("Confirm new password").fill("a-new-password-42");
      await form.getByRole("button", { name: "Change password" }).click();
      await expect(form.getByText("That is not your current password.")).toBeVisible();

      await form.getByLabel("Current password").fill(PASSWORD);
      await form.getByLabel("New password", { exact: true }).fill("short");
      await form.getByLabel("Confirm new password").fill("short");
      await form.getByRole("button", { name: "Change password" }).click();
      await expect(form.getByText("Use at least 8 characters.")).toBeVisible();

      await form.getByLabel("New password", { exact: true }).fill("a-new-password-42");
      await form.getByLabel("Confirm new password").fill("a-new-password-43");
      await form.getByRole("button", { name: "Change password" }).click();
      await expect(form.getByText("The passwords do not match.")).toBeVisible();

      await form.getByLabel("Confirm new password").fill("a-new-password-42");
      await expect(form.getByLabel("Sign out of other sessions")).toBeChecked();
      await form.getByRole("button", { name: "Change password" }).click();
      await expect(form.getByRole("status")).toHaveText(
        "Password changed. Your other sessions are signed out.",
      );

      await otherPage.goto("/account");
      await expect(otherPage).toHaveURL(/\/sign-in\?redirect_to=%2Faccount/);
      await page.reload();
      await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

      await otherPage.getByLabel("Email").fill(user.email);
      await otherPage.getByLabel("Password").fill("a-new-password-42");
      await otherPage.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(otherPage).toHaveURL(/\/account$/);
    } finally {
      await close();
    }
  });
});
