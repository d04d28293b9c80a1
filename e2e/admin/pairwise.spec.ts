import { unique } from "../fixtures";
import { createClient, expect, main, test } from "./fixtures";

test.describe("pairwise subjects in the console", () => {
  test("an admin switches a client to pairwise subjects; redirect URIs on two hosts are refused", async ({
    page,
    sql,
  }) => {
    const created = await createClient(page, {
      kind: "Web app",
      name: unique("Pairwise"),
      redirectUris: ["https://pairwise.example.test/callback"],
    });
    await page.goto(`/admin/clients/${created.clientId}`);
    const subjectType = page.getByRole("combobox", { name: "Subject type" });
    await expect(subjectType).toHaveValue("public");

    // Two hosts would be two sectors: refused.
    await page
      .getByLabel("Redirect URIs", { exact: true })
      .fill("https://pairwise.example.test/callback\nhttps://elsewhere.example.test/callback");
    await subjectType.selectOption("pairwise");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(main(page).getByText(/exactly one host/)).toBeVisible();

    await page
      .getByLabel("Redirect URIs", { exact: true })
      .fill("https://pairwise.example.test/callback");
    await page.getByRole("combobox", { name: "Subject type" }).selectOption("pairwise");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(main(page).getByText("Settings saved.")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Subject type" })).toHaveValue("pairwise");
    const [row] = await sql<{ subject_type: string }[]>`
      select subject_type from oauth_client where client_id = ${created.clientId}`;
    expect(row?.subject_type).toBe("pairwise");
  });
});
