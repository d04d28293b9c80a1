import {
  ADMIN,
  authorizeInBrowser,
  expectRefreshRefused,
  redeemCode,
  registerPublicClient,
  unique,
} from "../fixtures";
import { auditRows, expect, test } from "./fixtures";

test("consents: filter by user, client and scope; revoke ends the grant", async ({
  page,
  createUser,
  contextOf,
  sql,
}) => {
  const user = await createUser("Consenting User");
  const mail = await registerPublicClient(unique("Mail app"));
  const notes = await registerPublicClient(unique("Notes app"));
  const userPage = await (await contextOf(user)).newPage();

  const first = await authorizeInBrowser(userPage, mail.client_id, "openid offline_access");
  expect(first.askedConsent).toBe(true);
  const tokens = await redeemCode(mail.client_id, first.code, first.verifier);
  expect(tokens.refresh_token).toBeTruthy();
  await authorizeInBrowser(userPage, notes.client_id, "openid");

  await page.goto("/admin/consents");
  await page.getByLabel("User email").fill(user.email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const table = page.getByRole("region", { name: "Consents" });
  await expect(table.getByRole("row")).toHaveCount(3);

  // The picker shows each client's ID beside its name (two clients may share a name).
  await expect(page.getByLabel("Client").locator(`option[value="${mail.client_id}"]`)).toHaveText(
    new RegExp(`\\(${mail.client_id}\\)$`),
  );
  await page.getByLabel("Client").selectOption(mail.client_id);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByText(mail.client_id)).toBeVisible();

  await page.getByLabel("Client").selectOption("");
  await page.getByLabel("Scope").fill("offline_access");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByText(mail.client_id)).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  await page.goto(
    `/admin/consents?user=${encodeURIComponent(user.email)}&from=2000-01-01&to=2000-01-02`,
  );
  await expect(table.getByText("No consents match.")).toBeVisible();
  await page.goto(`/admin/consents?user=${encodeURIComponent(user.email)}&from=${today}`);
  await expect(table.getByRole("row")).toHaveCount(3);

  const row = table.getByRole("row").filter({ hasText: mail.client_id });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(page).toHaveURL(/user=/); // the filter survives the revoke

  await expectRefreshRefused(mail.client_id, tokens.refresh_token!);

  const again = await authorizeInBrowser(userPage, mail.client_id, "openid offline_access");
  expect(again.askedConsent).toBe(true);

  const [revoked] = await auditRows(sql, "consent.revoked", mail.client_id);
  expect(revoked).toMatchObject({
    actor_label: ADMIN.email,
    target_label: expect.stringMatching(/^Mail app/),
    details: { userId: user.id },
  });
});
