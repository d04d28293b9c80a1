import * as oidc from "openid-client";
import {
  authorization,
  expect,
  registerClient,
  rpConfig,
  signUpAndOpen,
  signUpUser,
  test,
  unique,
  relyingPartyPerFile,
} from "./fixtures";

const receiver = relyingPartyPerFile();

test.describe("connected apps", () => {
  test("revoking an app asks for consent again and rejects its old refresh token", async ({
    page,
    context,
  }) => {
    await signUpUser(context);
    const name = unique("Revocable App");
    const client = await registerClient(receiver.redirectUri, { client_name: name });
    const config = await rpConfig(client);

    // Consent once and redeem the code: the app holds a refresh token.
    const first = await authorization(config, receiver.redirectUri, {
      scope: "openid offline_access",
    });
    const firstCallback = receiver.callbackIn(page);
    await page.goto(first.url);
    await expect(page.getByText(name).first()).toBeVisible();
    await page.getByRole("button", { name: "Allow" }).click();
    const tokens = await first.redeem(await firstCallback);
    expect(tokens.refresh_token).toBeTruthy();

    // The account lists it with its scopes in words, and revokes it.
    await page.goto("/account/apps");
    const apps = page.getByRole("region", { name: "Connected apps" });
    const entry = apps.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: name }),
    });
    await expect(
      entry.getByText("Keep access while you are away, until you revoke it"),
    ).toBeVisible();
    await entry.getByRole("button", { name: "Revoke" }).click();
    await expect(apps.getByRole("heading", { name: name })).toHaveCount(0);
    await expect(apps.getByText("No connected apps")).toBeVisible();

    // The old refresh token is dead …
    const refused = await oidc
      .refreshTokenGrant(config, tokens.refresh_token!)
      .then(() => undefined)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(oidc.ResponseBodyError);
    expect((refused as oidc.ResponseBodyError).error).toBe("invalid_grant");

    // … and the next authorization asks for consent again.
    const second = await authorization(config, receiver.redirectUri, {
      scope: "openid offline_access",
    });
    await page.goto(second.url);
    await expect(page).toHaveURL(/\/consent\?/);
    await expect(page.getByRole("button", { name: "Allow" })).toBeVisible();
  });

  test("an account without consents shows the empty state", async ({ page }) => {
    await signUpAndOpen(page, "/account/apps");
    await expect(page.getByRole("heading", { level: 1, name: "Connected apps" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Connected apps" }).getByText("No connected apps"),
    ).toBeVisible();
  });
});
