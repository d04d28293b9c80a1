import { createOrganization, expect, join, signUpAndOpen, signUpUser, test } from "./fixtures";

test.describe("organizations", () => {
  test("creates organizations with a slug from the name, switches the active one, and refuses to let the last owner leave", async ({
    page,
  }) => {
    await signUpAndOpen(page, "/account/organizations");
    const list = page.getByRole("region", { name: "Your organizations" });
    const create = page.getByRole("region", { name: "Create an organization" });
    await expect(list.getByText("No organizations yet")).toBeVisible();

    const suffix = Date.now().toString(36);
    await create.getByLabel("Organization name").fill(`Acme Rockets ${suffix}`);
    await expect(create.getByLabel("Slug")).toHaveValue(`acme-rockets-${suffix}`);
    await create.getByRole("button", { name: "Create organization" }).click();
    const acme = list.getByRole("listitem").filter({ hasText: `Acme Rockets ${suffix}` });
    await expect(acme.getByText("Owner")).toBeVisible();
    await expect(acme.getByText("Active", { exact: true })).toBeVisible();

    // An edited slug is kept; a taken one is refused with the values kept.
    await create.getByLabel("Organization name").fill(`Beta ${suffix}`);
    await create.getByLabel("Slug").fill(`acme-rockets-${suffix}`);
    await create.getByRole("button", { name: "Create organization" }).click();
    await expect(create.getByText("That slug is taken. Choose another one.").first()).toBeVisible();
    await expect(create.getByLabel("Organization name")).toHaveValue(`Beta ${suffix}`);
    await create.getByLabel("Slug").fill(`beta-${suffix}`);
    await create.getByRole("button", { name: "Create organization" }).click();
    const beta = list.getByRole("listitem").filter({ hasText: `Beta ${suffix}` });
    await expect(beta.getByText("Active", { exact: true })).toBeVisible();
    await expect(acme.getByText("Active", { exact: true })).toHaveCount(0);

    await acme.getByRole("button", { name: "Make active" }).click();
    await expect(acme.getByText("Active", { exact: true })).toBeVisible();
    await expect(beta.getByText("Active", { exact: true })).toHaveCount(0);

    await acme.getByRole("button", { name: "Leave" }).click();
    await expect(acme.getByRole("alert")).toHaveText(
      "You are its only owner. Make another member an owner before you leave.",
    );
    await expect(acme).toBeVisible();
  });

  test("a member leaves an organization", async ({ page, context, browser }) => {
    const ownerContext = await browser.newContext();
    try {
      await signUpUser(ownerContext, "Owner");
      const member = await signUpUser(context, "Member");
      const org = await createOrganization(ownerContext, `Shared ${Date.now()}`);
      await join(ownerContext, context, org, member.email);

      await page.goto("/account/organizations");
      const entry = page
        .getByRole("region", { name: "Your organizations" })
        .getByRole("listitem")
        .filter({ hasText: org.name });
      await expect(entry.getByText("Member", { exact: true })).toBeVisible();
      await entry.getByRole("button", { name: "Leave" }).click();
      await expect(entry).toHaveCount(0);
    } finally {
      await ownerContext.close();
    }
  });
});
