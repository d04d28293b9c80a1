import { test, type Page } from "@playwright/test";
import {
  authorization,
  createUser,
  enableTotp,
  registerFlowClient,
  rpConfig,
  startRelyingParty,
  totp,
  type RelyingParty,
  expect,
} from "./flow-fixtures";

let rp: RelyingParty;
test.beforeAll(async () => {
  rp = await startRelyingParty();
});
test.afterAll(async () => {
  await rp.close();
});

/** A user with TOTP on, and the browser at the code step of an authorization request. */
async function atCodeStep(page: Page, baseURL: string) {
  const user = await createUser(baseURL);
  const factor = await enableTotp(user.session, user.password);
  const client = await registerFlowClient(baseURL, rp.redirectUri, { client_name: "Vault App" });
  const request = await authorization(await rpConfig(baseURL, client), rp.redirectUri, {
    scope: "openid",
  });
  await page.goto(request.url);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/two-factor\?.*sig=/);
  await expect(
    page.getByRole("heading", { name: "Verify it’s you to continue to Vault App" }),
  ).toBeVisible();
  return { user, factor, request };
}

test("the authenticator code finishes sign-in and the authorization resumes", async ({
  page,
  baseURL,
}) => {
  const { user, factor, request } = await atCodeStep(page, baseURL!);
  const code = page.getByLabel("Authentication code");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await code.fill(totp(factor.secret));
  await page.getByLabel("Trust this device for 30 days").check();
  await page.getByRole("button", { name: "Verify" }).click();

  await expect(
    page.getByRole("heading", { name: "Vault App wants to access your account" }),
  ).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  expect(tokens.claims()?.sub).toBe(user.id);

  // The device is trusted now: signing in again skips the code step.
  const signOut = await page.request.post("/api/auth/sign-out", {
    headers: { origin: new URL(baseURL!).origin },
  });
  expect(signOut.ok()).toBe(true);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/account");
});

test("a wrong code shows an error and stays on the code step", async ({ page, baseURL }) => {
  const { factor } = await atCodeStep(page, baseURL!);
  const right = totp(factor.secret);
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
  await page.getByLabel("Authentication code").fill(wrong);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That code is not right. Check it and try again.",
  );
  await expect(page).toHaveURL(/\/two-factor\?/);
  await expect(page.getByLabel("Authentication code")).toBeVisible();
});

test("a backup code works instead, once", async ({ page, baseURL }) => {
  const { user, factor, request } = await atCodeStep(page, baseURL!);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(factor.backupCodes[0]);
  await page.getByRole("button", { name: "Verify" }).click();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  expect((await request.redeem(await callback)).claims()?.sub).toBe(user.id);

  // The same backup code is spent: a second sign-in cannot use it.
  await page.context().clearCookies();
  const again = await authorization(
    await rpConfig(baseURL!, await registerFlowClient(baseURL!, rp.redirectUri)),
    rp.redirectUri,
    { scope: "openid" },
  );
  await page.goto(again.url);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(factor.backupCodes[0]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That backup code is not right, or it was used already.",
  );
});

test("outside a flow the code step lands on the account", async ({ page, baseURL }) => {
  const user = await createUser(baseURL!);
  const factor = await enableTotp(user.session, user.password);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Authentication code").fill(totp(factor.secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL("/account");
});
