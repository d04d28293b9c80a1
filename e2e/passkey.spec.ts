import { test } from "@playwright/test";
import {
  authorization,
  createUser,
  registerFlowClient,
  rpConfig,
  startRelyingParty,
  expect,
} from "./flow-fixtures";

test("a passkey signs in inside an authorization request and the flow resumes", async ({
  page,
  baseURL,
}) => {
  // Chromium's virtual authenticator answers WebAuthn ceremonies like a platform passkey.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  // Register a passkey for a signed-in user, as the account page's "Add passkey" does.
  const user = await createUser(baseURL!);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
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

  const rp = await startRelyingParty();
  try {
    const client = await registerFlowClient(baseURL!, rp.redirectUri, { client_name: "Key App" });
    const request = await authorization(await rpConfig(baseURL!, client), rp.redirectUri, {
      scope: "openid",
    });
    await page.goto(request.url);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(
      page.getByRole("heading", { name: "Key App wants to access your account" }),
    ).toBeVisible();
    const callback = rp.nextCallback();
    await page.getByRole("button", { name: "Allow" }).click();
    expect((await request.redeem(await callback)).claims()?.sub).toBe(user.id);
  } finally {
    await rp.close();
  }
});
