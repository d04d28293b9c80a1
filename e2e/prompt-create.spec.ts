import {
  expect,
  newEmail,
  PASSWORD,
  registerAndAuthorize,
  relyingPartyPerFile,
  signUpOnPage,
  test,
} from "./fixtures";

const rp = relyingPartyPerFile();

test("prompt=create signs up, then goes on to consent and back to the client", async ({ page }) => {
  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope: "openid profile email", prompt: "create" },
    { client_name: "Create App" },
  );
  await page.goto(request.url);
  await expect(page).toHaveURL(/\/sign-up\?/);
  await expect(
    page.getByRole("heading", { name: "Create an account to continue to Create App" }),
  ).toBeVisible();
  await signUpOnPage(page, { name: "Cora Create", email: newEmail("create"), password: PASSWORD });

  await expect(
    page.getByRole("heading", { name: "Create App wants to access your account" }),
  ).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  expect(tokens.claims()?.sub).toEqual(expect.any(String));
});
