import { randomUUID } from "node:crypto";
import { apiClient, expect, main, test } from "./fixtures";

test.describe("admin organizations", () => {
  test("lists organizations with their members, and deletes one after typing its slug", async ({
    page,
    playwright,
    createUser,
    sql,
  }) => {
    const owner = await createUser("Org Console Owner");
    const api = await apiClient(playwright, owner.storageState);
    const slug = `console-org-${randomUUID().slice(0, 8)}`;
    const created = await api.post("/api/auth/organization/create", {
      data: { name: "Console Org", slug },
    });
    expect(created.status(), await created.text()).toBe(200);
    const org = (await created.json()) as { id: string };
    const invited = await api.post("/api/auth/organization/invite-member", {
      data: { email: `pending-${slug}@example.test`, role: "admin", organizationId: org.id },
    });
    expect(invited.status(), await invited.text()).toBe(200);
    await api.dispose();

    await page.goto("/admin");
    await page.getByRole("link", { name: "Organizations" }).click();
    const row = main(page).getByRole("row").filter({ hasText: slug });
    await expect(row.getByRole("cell").nth(1)).toHaveText("1");
    // At 360 px the list fits: it does not scroll sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    const list = main(page).getByRole("region", { name: "Organizations" });
    expect(await list.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await row.getByRole("link", { name: "Console Org" }).click();

    const ownerRow = main(page).getByRole("row").filter({ hasText: owner.email });
    await expect(ownerRow.getByRole("cell", { name: "Owner", exact: true })).toBeVisible();
    const pendingRow = main(page)
      .getByRole("row")
      .filter({ hasText: `pending-${slug}@` });
    await expect(pendingRow.getByRole("cell", { name: "Admin", exact: true })).toBeVisible();

    await page.getByLabel(`Type ${slug} to confirm`).fill("wrong");
    await page.getByRole("button", { name: "Delete organization" }).click();
    await expect(main(page).getByText(`Type ${slug} exactly to confirm.`)).toBeVisible();
    await page.getByLabel(`Type ${slug} to confirm`).fill(slug);
    await page.getByRole("button", { name: "Delete organization" }).click();
    await expect(page).toHaveURL(/\/admin\/organizations\?deleted=/);
    await expect(main(page).getByRole("status")).toHaveText("Console Org was deleted.");
    await expect(main(page).getByRole("row").filter({ hasText: slug })).toHaveCount(0);

    const [left] = await sql<{ orgs: number; members: number; invitations: number }[]>`
      select (select count(*) from organization where id = ${org.id})::int as orgs,
             (select count(*) from member where organization_id = ${org.id})::int as members,
             (select count(*) from invitation where organization_id = ${org.id})::int as invitations`;
    expect(left).toEqual({ orgs: 0, members: 0, invitations: 0 });
    const [event] = await sql<{ actor_label: string }[]>`
      select actor_label from audit_event where type = 'organization.deleted' and target_id = ${org.id}`;
    expect(event?.actor_label).toBe("admin@example.test");
  });
});
