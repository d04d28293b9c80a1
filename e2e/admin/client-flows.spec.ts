import * as oidc from "openid-client";
import { allowOnConsent, authorization, rpConfig, startRelyingParty, unique } from "../fixtures";
import { createClient, expect, main, newUserPage, test } from "./fixtures";

const authorize = (config: oidc.Configuration, redirectUri: string) =>
  authorization(config, redirectUri, { scope: "openid profile email" });

test("a client created in the console completes the code flow; revoking its consent asks again", async ({
  page,
  browser,
}) => {
  const rp = await startRelyingParty();
  const user = await newUserPage(browser, "Relying Party User");
  try {
    const client = await createClient(page, {
      kind: "Native / CLI",
      name: unique("Console RP"),
      redirectUris: [rp.redirectUri],
    });
    const config = await rpConfig({ client_id: client.clientId });

    // First authorization: consent, then the code is redeemed by openid-client.
    const first = await authorize(config, rp.redirectUri);
    let callback = rp.callbackIn(user.page);
    await user.page.goto(first.url);
    await allowOnConsent(user.page, client.name);
    const tokens = await first.redeem(await callback);
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.claims()?.aud).toContain(client.clientId);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    expect(info.email).toBe(user.email);

    // Second authorization: remembered consent, straight back to the client.
    const second = await authorize(config, rp.redirectUri);
    callback = rp.callbackIn(user.page);
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
    await allowOnConsent(user.page, client.name);
    expect((await callback).searchParams.get("code")).toBeTruthy();
  } finally {
    await user.close();
    await rp.close();
  }
});
