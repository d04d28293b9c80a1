import { ADMIN, PASSWORD } from "../fixtures";
import { apiClient, expect, test } from "./fixtures";

test("outbox shows a password-reset mail with a working link", async ({
  page,
  createUser,
  playwright,
}) => {
  const user = await createUser("Forgetful User");
  const api = await apiClient(playwright);
  const res = await api.post("/api/auth/request-password-reset", {
    data: { email: user.email, redirectTo: "/reset-password" },
  });
  expect(res.status()).toBe(200);
  await api.dispose();

  await page.goto("/admin/outbox");
  const row = page.getByRole("region", { name: "Messages" }).getByRole("row", {
    name: new RegExp(user.email),
  });
  await row.getByRole("link", { name: "Reset your Gatehouse password" }).click();
  await expect(
    page.getByRole("heading", { name: "Reset your Gatehouse password", exact: true }),
  ).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  const link = page.getByRole("link", { name: /\/reset-password/ });
  await expect(link).toHaveAttribute(
    "href",
    /^http:\/\/localhost:\d+\/api\/auth\/reset-password\//,
  );
});

test("audit log: filters by type, actor and date; no secret is ever recorded", async ({
  page,
  createUser,
  playwright,
  sql,
}) => {
  const user = await createUser("Audited User");
  const api = await apiClient(playwright);
  await api.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: "wrong-password-123" },
  });
  await api.dispose();

  await page.goto("/admin/audit");
  await page.getByLabel("Event type").selectOption("user.sign_up");
  await page.getByLabel("Actor (email or user ID)").fill(user.email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const table = page.getByRole("region", { name: "Audit events" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText("user.sign_up");
  await expect(table.getByRole("row").nth(1)).toContainText(user.email);

  // The same actor by id, and a date range that excludes today.
  await page.goto(`/admin/audit?actor=${user.id}`);
  await expect(table.getByRole("row").filter({ hasText: "user.sign_up" })).toHaveCount(1);
  await page.goto(`/admin/audit?actor=${user.id}&from=2000-01-01&to=2000-12-31`);
  await expect(table.getByText("No events match.")).toBeVisible();

  await page.goto("/admin/audit?type=user.sign_in_failed");
  await expect(table.getByRole("row").filter({ hasText: user.email })).toHaveCount(1);

  // Nothing in the log is a password or a session token.
  const rows = await sql<{ row: string }[]>`select row_to_json(a)::text as row from audit_event a`;
  const text = rows.map((r) => r.row).join("\n");
  for (const secret of [PASSWORD, ADMIN.password, "wrong-password-123"]) {
    expect(text).not.toContain(secret);
  }
  const tokens = await sql<{ token: string }[]>`select token from session`;
  for (const { token } of tokens) expect(text).not.toContain(token);
});
