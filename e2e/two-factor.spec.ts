import type { Page } from "@playwright/test";
import {
  allowAndRedeem,
  createUser,
  enableTotp,
  expect,
  registerAndAuthorize,
  signInOnPage,
  test,
  totp,
  relyingPartyPerFile,
} from "./fixtures";

const rp = relyingPartyPerFile();

/** A user with TOTP on, and the browser at the code step of an authorization request. */
async function atCodeStep(page: Page) {
  const user = await createUser();
  const factor = await enableTotp(user.session, user.password);
  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope: "openid" },
    { client_name: "Vault App" },
  );
  await page.goto(request.url);
  await signInOnPage(page, user);
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
  const { user, factor, request } = await atCodeStep(page);
  const code = page.getByLabel("Authentication code");
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await code.fill(totp(factor.secret));
  await page.getByLabel("Trust this device for 30 days").check();
  await page.getByRole("button", { name: "Verify" }).click();

  const tokens = await allowAndRedeem(page, "Vault App", rp, request);
  expect(tokens.claims()?.sub).toBe(user.id);

  // The device is trusted now: signing in again skips the code step.
  const signOut = await page.request.post("/api/auth/sign-out", {
    headers: { origin: new URL(baseURL!).origin },
  });
  expect(signOut.ok()).toBe(true);
  await page.goto("/sign-in");
  await signInOnPage(page, user);
  await expect(page).toHaveURL("/account");
});

test("a wrong code shows an error and stays on the code step", async ({ page }) => {
  const { factor } = await atCodeStep(page);
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

test("a backup code works instead, once", async ({ page }) => {
  const { user, factor, request } = await atCodeStep(page);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(factor.backupCodes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  const callback = rp.callbackIn(page);
  await page.getByRole("button", { name: "Allow" }).click();
  expect((await request.redeem(await callback)).claims()?.sub).toBe(user.id);

  // The same backup code is spent: a second sign-in cannot use it.
  await page.context().clearCookies();
  const { request: again } = await registerAndAuthorize(rp.redirectUri, { scope: "openid" });
  await page.goto(again.url);
  await signInOnPage(page, user);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(factor.backupCodes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That backup code is not right, or it was used already.",
  );
});

test("outside a flow the code step lands on the account", async ({ page }) => {
  const user = await createUser();
  const factor = await enableTotp(user.session, user.password);
  await page.goto("/sign-in");
  await signInOnPage(page, user);
  await page.getByLabel("Authentication code").fill(totp(factor.secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL("/account");
});
