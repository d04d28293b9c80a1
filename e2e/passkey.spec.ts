import {
  allowAndRedeem,
  addVirtualAuthenticator,
  createUser,
  expect,
  registerAndAuthorize,
  signInOnPage,
  test,
  relyingPartyPerFile,
} from "./fixtures";

const rp = relyingPartyPerFile();

test("a passkey signs in inside an authorization request and the flow resumes", async ({
  page,
}) => {
  await addVirtualAuthenticator(page);

  // Register a passkey for a signed-in user, as the account page's "Add passkey" does.
  const user = await createUser();
  await page.goto("/sign-in");
  await signInOnPage(page, user);
  await expect(page).toHaveURL("/account");
  const registered = await page.evaluate(async () => {
    const options = await (await fetch("/api/auth/passkey/generate-register-options")).json();
    const credential = (await navigator.credentials.create({
      publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
    })) as PublicKeyCredential;
    const res = await fetch("/api/auth/passkey/verify-registration", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response: credential.toJSON(), name: "Test device" }),
    });
    return res.status;
  });
  expect(registered).toBe(200);
  await page.context().clearCookies();

  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope: "openid" },
    { client_name: "Key App" },
  );
  await page.goto(request.url);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  const tokens = await allowAndRedeem(page, "Key App", rp, request);
  expect(tokens.claims()?.sub).toBe(user.id);
});
