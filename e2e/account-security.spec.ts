import { addVirtualAuthenticator, expect, PASSWORD, signUpAndOpen, test, totp } from "./fixtures";

test.describe("security", () => {
  test("the RFC 6238 helper matches the specification's test vector", () => {
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", T = 59 s → 94287082.
    expect(totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59_000)).toBe("287082");
  });

  test("turns on TOTP with the QR code and secret, shows backup codes, and turns it off", async ({
    page,
  }) => {
    await signUpAndOpen(page, "/account/security");
    const section = page.getByRole("region", { name: "Two-factor authentication" });
    await expect(section.getByText("Off", { exact: true })).toBeVisible();

    await section.getByRole("button", { name: "Set up authenticator app" }).click();
    await section.getByLabel("Current password").fill("not-my-password");
    await section.getByRole("button", { name: "Continue" }).click();
    await expect(section.getByRole("alert")).toHaveText("That is not your current password.");
    await section.getByLabel("Current password").fill(PASSWORD);
    await section.getByRole("button", { name: "Continue" }).click();

    await expect(
      section.getByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeVisible();
    const secret = (await section.getByTestId("totp-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);

    await section.getByLabel("Verification code").fill("000000");
    await section.getByRole("button", { name: "Verify and turn on" }).click();
    await expect(section.getByRole("alert")).toContainText("That code is not valid");
    await section.getByLabel("Verification code").fill(totp(secret));
    await section.getByRole("button", { name: "Verify and turn on" }).click();

    const codes = section.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    await expect(section.getByRole("link", { name: "Download codes" })).toHaveAttribute(
      "download",
      "gatehouse-backup-codes.txt",
    );
    await section.getByRole("button", { name: "I saved them" }).click();
    await expect(section.getByText("On", { exact: true })).toBeVisible();

    await section.getByRole("button", { name: "Regenerate backup codes" }).click();
    await section.getByLabel("Current password").fill(PASSWORD);
    await section.getByRole("button", { name: "Generate new codes" }).click();
    await expect(codes).toHaveCount(10);
    await section.getByRole("button", { name: "I saved them" }).click();

    await section.getByRole("button", { name: "Turn off" }).click();
    await section.getByLabel("Current password").fill(PASSWORD);
    await section.getByRole("button", { name: "Turn off two-factor authentication" }).click();
    await expect(section.getByText("Off", { exact: true })).toBeVisible();
    await expect(section.getByRole("button", { name: "Set up authenticator app" })).toBeVisible();
  });

  test("registers a passkey, renames it, signs in with it, and removes it", async ({ page }) => {
    await addVirtualAuthenticator(page);
    await signUpAndOpen(page, "/account/security");
    const section = page.getByRole("region", { name: "Passkeys" });
    await section.getByLabel("Passkey name").fill("Test laptop");
    await section.getByRole("button", { name: "Add passkey" }).click();
    await expect(section.getByRole("status")).toHaveText("Passkey “Test laptop” added.");
    const list = section.getByRole("list", { name: "Passkeys" });
    await expect(list.getByRole("heading", { name: "Test laptop" })).toBeVisible();

    await list.getByRole("button", { name: "Rename" }).click();
    await list.getByLabel("New name").fill("Work laptop");
    await list.getByRole("button", { name: "Save" }).click();
    await expect(list.getByRole("heading", { name: "Work laptop" })).toBeVisible();

    // Sign out, then back in with the passkey alone.
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/sign-in?redirect_to=%2Faccount%2Fsecurity");
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(list.getByRole("heading", { name: "Work laptop" })).toBeVisible();

    await list.getByRole("button", { name: "Remove" }).click();
    await expect(section.getByText("No passkeys yet.")).toBeVisible();
  });
});
