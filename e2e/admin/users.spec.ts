import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  ADMIN,
  authorizeInBrowser,
  expectRefreshRefused,
  redeemCode,
  registerPublicClient,
  signInOnPage,
  unique,
} from "../fixtures";
import { apiClient, auditRows, expect, test } from "./fixtures";

const LAST_ADMIN =
  "This is the last admin. Make another user an admin first, so the console keeps an owner.";

async function openUser(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: email }).click();
  await expect(page.getByRole("heading", { name: email, exact: true })).toBeVisible();
}

async function adminId(sql: import("postgres").Sql) {
  const [row] = await sql<{ id: string }[]>`select id from "user" where email = ${ADMIN.email}`;
  return row!.id;
}

test("users: search by email and name, paginated 25 per page", async ({ page, createUser }) => {
  const tag = `pager${randomUUID().slice(0, 8)}`;
  const users = [];
  for (let i = 0; i < 26; i++) users.push(await createUser(`Pager ${tag} ${i}`, tag));

  await page.goto("/admin/users");
  await page.getByLabel("Search", { exact: true }).fill(tag.toUpperCase()); // case-insensitive
  await page.getByRole("button", { name: "Apply filters" }).click();
  const table = page.getByRole("region", { name: "Users" });
  await expect(table.getByRole("row")).toHaveCount(26); // header + 25
  await expect(page.getByText("1–25 of 26")).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("link", { name: users[0]!.email })).toBeVisible(); // oldest last

  await page.goto(`/admin/users?q=${encodeURIComponent(`Pager ${tag} 7`)}&field=name`);
  await expect(table.getByRole("link")).toHaveCount(1);
  await expect(table.getByRole("link", { name: users[7]!.email })).toBeVisible();
});

test.describe("roles", () => {
  // Both tests depend on how many admins exist: never run them side by side.
  test.describe.configure({ mode: "serial" });

  test("make and remove admin, audited", async ({ page, createUser, sql }) => {
    const user = await createUser("Future Admin");
    await openUser(page, user.email);
    await page.getByRole("button", { name: "Make admin" }).click();
    await expect(page.getByText("The user is now an admin.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove admin" })).toBeVisible();
    expect((await sql`select role from "user" where id = ${user.id}`)[0]!.role).toBe("admin");

    await page.getByRole("button", { name: "Remove admin" }).click();
    await expect(page.getByText("The user is no longer an admin.")).toBeVisible();
    expect((await sql`select role from "user" where id = ${user.id}`)[0]!.role).toBe("user");

    const rows = await auditRows(sql, "user.role_changed", user.id);
    expect(rows.map((r) => r.details)).toEqual([
      { from: "user", to: "admin" },
      { from: "admin", to: "user" },
    ]);
    expect(rows.every((r) => r.actor_label === ADMIN.email && r.target_label === user.email)).toBe(
      true,
    );
  });

  test("the last admin cannot be demoted", async ({ page, sql }) => {
    const id = await adminId(sql);
    await page.goto(`/admin/users/${id}`);
    await page.getByRole("button", { name: "Remove admin" }).click();
    await expect(page.getByText(LAST_ADMIN)).toBeVisible();
    expect((await sql`select role from "user" where id = ${id}`)[0]!.role).toBe("admin");
    // Nor banned or deleted by themselves: the console does not offer it.
    await expect(page.getByText("You cannot ban yourself.")).toBeVisible();
    await expect(page.getByText("You cannot delete your own account here.")).toBeVisible();
  });
});

test("ban ends the user's sessions and blocks sign-in; unban lets them back", async ({
  page,
  createUser,
  contextOf,
  sql,
}) => {
  const user = await createUser("Banned Person");
  const userPage = await (await contextOf(user)).newPage();
  await userPage.goto("/account");
  await expect(userPage).toHaveURL(/\/account$/);
  // An app holds a refresh token for the user: the ban must end that access too.
  const app = await registerPublicClient(unique("Banned user's app"));
  const grant = await authorizeInBrowser(userPage, app.client_id, "openid offline_access");
  const tokens = await redeemCode(app.client_id, grant.code, grant.verifier);
  expect(tokens.refresh_token).toBeTruthy();

  await openUser(page, user.email);
  await page.getByLabel("Reason").fill("Spamming the support desk");
  await page.getByLabel("Ban for (days)").fill("abc");
  await page.getByRole("button", { name: "Ban user" }).click();
  await expect(page.getByText("Enter a whole number of days")).toBeVisible();
  await expect(page.getByLabel("Reason")).toHaveValue("Spamming the support desk");
  await page.getByLabel("Ban for (days)").fill("7");
  await page.getByRole("button", { name: "Ban user" }).click();
  await expect(page.getByText("The user is banned and their sessions have ended.")).toBeVisible();
  await expect(page.getByText("“Spamming the support desk”")).toBeVisible();

  await expectRefreshRefused(app.client_id, tokens.refresh_token!);

  await userPage.goto("/account");
  await expect(userPage).toHaveURL(/\/sign-in/);
  await signInOnPage(userPage, user);
  await expect(userPage.getByRole("main").getByRole("alert")).toContainText(
    "You have been banned from this application",
  );

  await page.getByRole("button", { name: "Unban user" }).click();
  await expect(page.getByText("The user can sign in again.")).toBeVisible();
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage).toHaveURL(/\/account/);

  const [banned] = await auditRows(sql, "user.banned", user.id);
  expect(banned).toMatchObject({
    actor_label: ADMIN.email,
    details: { reason: "Spamming the support desk", days: 7 },
  });
  expect(await auditRows(sql, "user.unbanned", user.id)).toHaveLength(1);
});

test("sign out all sessions ends the user's browser session", async ({
  page,
  createUser,
  contextOf,
  sql,
}) => {
  const user = await createUser("Many Devices");
  const userPage = await (await contextOf(user)).newPage();
  await userPage.goto("/account");
  await expect(userPage).toHaveURL(/\/account$/);

  await openUser(page, user.email);
  await expect(page.getByRole("region", { name: "Sessions" }).getByRole("row")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out all sessions" }).click();
  await expect(page.getByText("Every session of the user has ended.")).toBeVisible();
  await expect(page.getByText("No active sessions.")).toBeVisible();

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/sign-in/);
  expect(await auditRows(sql, "user.sessions_revoked", user.id)).toHaveLength(1);
});

test("delete needs the user's email typed", async ({ page, createUser, sql }) => {
  const user = await createUser("Leaving Soon");
  await openUser(page, user.email);
  const confirm = page.getByLabel("Type the user's email to confirm");
  await confirm.fill("someone-else@example.test");
  await page.getByRole("button", { name: "Delete user" }).click();
  await expect(page.getByText("The email you typed does not match this user.")).toBeVisible();
  expect(await sql`select 1 from "user" where id = ${user.id}`).toHaveLength(1);

  await confirm.fill(user.email);
  await page.getByRole("button", { name: "Delete user" }).click();
  await expect(page.getByText(`${user.email} was deleted.`)).toBeVisible();
  expect(await sql`select 1 from "user" where id = ${user.id}`).toHaveLength(0);
  const [deleted] = await auditRows(sql, "user.deleted", user.id);
  expect(deleted).toMatchObject({ actor_label: ADMIN.email, target_label: user.email });
});

test("a sign-in lock shows on the user's page and an admin unlocks it, audited", async ({
  page,
  playwright,
  createUser,
  sql,
}) => {
  const user = await createUser("Locked Out");
  const api = await apiClient(playwright);
  const signIn = (password: string) =>
    api.post("/api/auth/sign-in/email", { data: { email: user.email, password } });
  for (let i = 0; i < 5; i++) expect((await signIn("not-the-password")).status()).toBe(401);
  const locked = await signIn(user.password);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);

  await openUser(page, user.email);
  const panel = page.getByRole("region", { name: "Sign-in locked" });
  await expect(panel).toContainText("5 failed sign-ins");
  await panel.getByRole("button", { name: "Unlock sign-in" }).click();
  await expect(page.getByText("The user can try to sign in again.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sign-in locked" })).toHaveCount(0);

  expect((await signIn(user.password)).status()).toBe(200);
  await api.dispose();
  const [unlock] = await auditRows(sql, "user.sign_in_unlocked", user.id);
  expect(unlock?.actor_label).toBe(ADMIN.email);
});
