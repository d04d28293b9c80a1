import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { ADMIN, authorizeInBrowser, redeemCode, registerPublicClient, unique } from "../fixtures";
import { auditRows, expect, test } from "./fixtures";

// Both tests change which keys sign and which are published: one at a time.
test.describe.configure({ mode: "serial" });

test("rotate now: new ID tokens use the new key; tokens of the old key still verify", async ({
  page,
  createUser,
  contextOf,
  sql,
  baseURL,
}) => {
  const user = await createUser("Token Holder");
  const client = await registerPublicClient(unique("Key test"), "openid");
  const userPage = await (await contextOf(user)).newPage();
  const idToken = async () => {
    const { code, verifier } = await authorizeInBrowser(userPage, client.client_id, "openid");
    const tokens = await redeemCode(client.client_id, code, verifier);
    expect(tokens.id_token).toBeTruthy();
    return tokens.id_token!;
  };
  const before = await idToken();
  const oldKid = decodeProtectedHeader(before).kid!;

  await page.goto("/admin/keys");
  const table = page.getByRole("region", { name: "Signing keys" });
  await expect(table.getByRole("row").filter({ hasText: oldKid })).toBeVisible();
  await page.getByRole("button", { name: "Rotate now" }).click();
  await expect(
    page.getByText("A new signing key was created and signs from now on."),
  ).toBeVisible();
  const signingRow = table.getByRole("row").filter({ hasText: "Signing" }).filter({
    hasNotText: "Verification only",
  });
  await expect(signingRow).toHaveCount(1);
  await expect(signingRow).toContainText("RS256");
  await expect(table.getByRole("row").filter({ hasText: oldKid })).toContainText(
    "Verification only",
  );

  const after = await idToken();
  const newKid = decodeProtectedHeader(after).kid!;
  expect(newKid).not.toBe(oldKid);
  await expect(signingRow).toContainText(newKid);

  const jwks = createRemoteJWKSet(new URL(`${baseURL}/api/auth/jwks`));
  const verify = (token: string) =>
    jwtVerify(token, jwks, { issuer: `${baseURL}/api/auth`, audience: client.client_id });
  expect((await verify(before)).protectedHeader.kid).toBe(oldKid);
  expect((await verify(after)).protectedHeader.kid).toBe(newKid);

  const [rotated] = await auditRows(sql, "key.rotated", newKid);
  expect(rotated).toMatchObject({ actor_label: ADMIN.email, target_label: newKid });
  const columns = await sql`select column_name from information_schema.columns
    where table_name = 'jwks'`;
  expect(columns.map((c) => c.column_name)).toContain("private_key");
  await expect(page.getByText(/"d"\s*:|PRIVATE KEY/)).toHaveCount(0);
});

test("a rotated key is verification-only until its grace ends; Retire now takes it out of the JWKS", async ({
  page,
  sql,
  baseURL,
}) => {
  const publishedKids = async () => {
    const res = await page.request.get(`${baseURL}/api/auth/jwks`);
    return ((await res.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
  };
  await page.goto("/admin/keys");
  const table = page.getByRole("region", { name: "Signing keys" });
  await page.getByRole("button", { name: "Rotate now" }).click();
  await expect(page.getByText("A new signing key was created")).toBeVisible();

  const rows = table.getByRole("row");
  const signingRow = rows.filter({ hasText: "Signing" }).filter({ hasNotText: "Verification" });
  await expect(signingRow).toHaveCount(1);
  // The signing key can never be retired.
  await expect(signingRow.getByRole("button", { name: "Retire now" })).toHaveCount(0);

  // The key that signed until the rotation: published until the grace period ends.
  const previous = rows.filter({ hasText: /Verification only \(until .+ UTC\)/ }).first();
  await expect(previous).toBeVisible();
  const kid = (await previous.getByRole("cell").first().textContent())!.trim();
  expect(await publishedKids()).toContain(kid);

  // Retire it now, through the confirm step; Cancel first changes nothing.
  await previous.getByRole("button", { name: "Retire now" }).click();
  await previous.getByRole("button", { name: "Cancel" }).click();
  await expect(previous.getByRole("button", { name: "Confirm retire" })).toHaveCount(0);
  await previous.getByRole("button", { name: "Retire now" }).click();
  await previous.getByRole("button", { name: "Confirm retire" }).click();
  await expect(page.getByText("The key was retired")).toBeVisible();

  const retiredRow = rows.filter({ hasText: kid });
  await expect(retiredRow).toContainText("Retired");
  await expect(retiredRow).toContainText("Retired by an admin");
  await expect(retiredRow.getByRole("button", { name: "Retire now" })).toHaveCount(0);
  expect(await publishedKids()).not.toContain(kid);

  const [retired] = await auditRows(sql, "key.retired", kid);
  expect(retired).toMatchObject({ actor_label: ADMIN.email, target_label: kid });
});
