import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { ADMIN, authorizeInBrowser, redeemCode, registerPublicClient, unique } from "../fixtures";
import { auditRows, expect, test } from "./fixtures";

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
