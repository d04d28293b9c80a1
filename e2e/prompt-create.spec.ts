import {
  allowAndRedeem,
  expect,
  newEmail,
  PASSWORD,
  registerAndAuthorize,
  relyingPartyPerFile,
  signUpForClient,
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
  await signUpForClient(page, "Create App", {
    name: "Cora Create",
    email: newEmail("create"),
    password: PASSWORD,
  });

  const tokens = await allowAndRedeem(page, "Create App", rp, request);
  expect(tokens.claims()?.sub).toEqual(expect.any(String));
});
