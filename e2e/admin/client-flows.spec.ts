import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import * as oidc from "openid-client";
import { BASE_URL, ISSUER, createClient, expect, main, test, unique } from "./admin-fixtures";

/** A relying party's redirect target: a loopback HTTP server that hands over each callback URL. */
async function startRp() {
  const waiting: ((url: URL) => void)[] = [];
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/plain" }).end("signed in at the relying party");
    waiting.shift()?.(new URL(req.url!, `http://${req.headers.host}`));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    nextCallback: () => new Promise<URL>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function newUserPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE_URL(), storageState: undefined });
  const page = await context.newPage();
  const email = `rp-user-${randomUUID()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Relying Party User");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/account");
  return { page, email, close: () => context.close() };
}

async function authorize(config: oidc.Configuration, redirectUri: string) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
  });
  return { url: url.toString(), verifier, state };
}

async function allowIfAsked(page: Page, name: string) {
  await expect(
    page.getByRole("heading", { name: `${name} wants to access your account` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();
}

test("a client created in the console completes the code flow; revoking its consent asks again", async ({
  page,
  browser,
}) => {
  const rp = await startRp();
  const user = await newUserPage(browser);
  try {
    const client = await createClient(page, {
      kind: "Native / CLI",
      name: unique("Console RP"),
      redirectUris: [rp.redirectUri],
    });
    const config = await oidc.discovery(
      new URL(ISSUER()),
      client.clientId,
      undefined,
      oidc.None(),
      {
        execute: [oidc.allowInsecureRequests],
      },
    );

    // First authorization: consent, then the code is redeemed by openid-client.
    const first = await authorize(config, rp.redirectUri);
    let callback = rp.nextCallback();
    await user.page.goto(first.url);
    await allowIfAsked(user.page, client.name);
    const tokens = await oidc.authorizationCodeGrant(config, await callback, {
      pkceCodeVerifier: first.verifier,
      expectedState: first.state,
    });
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.claims()?.aud).toContain(client.clientId);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info.email).toBe(user.email);

    // Second authorization: remembered consent, straight back to the client.
    const second = await authorize(config, rp.redirectUri);
    callback = rp.nextCallback();
    await user.page.goto(second.url);
    expect((await callback).searchParams.get("code")).toBeTruthy();

    // The admin revokes the consent on the client's Consents tab.
    await page.goto(`/admin/clients/${client.clientId}/consents`);
    await expect(main(page).getByText(user.email)).toBeVisible();
    await page.getByRole("button", { name: `Revoke ${user.email}` }).click();
    await expect(main(page).getByText("Nobody has consented to this client.")).toBeVisible();

    // Its tokens are gone and the next authorization asks for consent again.
    await expect(
      oidc.fetchUserInfo(config, tokens.access_token, oidc.skipSubjectCheck),
    ).rejects.toThrow();
    const third = await authorize(config, rp.redirectUri);
    callback = rp.nextCallback();
    await user.page.goto(third.url);
    await allowIfAsked(user.page, client.name);
    expect((await callback).searchParams.get("code")).toBeTruthy();
  } finally {
    await user.close();
    await rp.close();
  }
});
