import * as oidc from "openid-client";
import { PASSWORD, baseUrl, issuer, newEmail, signInOnPage, signUpWith } from "../fixtures";
import { createClient, expect, main, test, apiClient } from "./fixtures";

/** The TV's side of RFC 8628, with openid-client as an independent device client. */
async function tvApp(clientId: string) {
  const config = await oidc.discovery(new URL(issuer()), clientId, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const response = await oidc.initiateDeviceAuthorization(config, {
    scope: "openid profile offline_access",
  });
  return { config, response };
}

test.describe("device authorization (TV / limited-input device)", () => {
  test("an anonymous visitor signs in, reviews the app on /device and approves; the TV gets tokens", async ({
    page,
    browser,
    playwright,
  }) => {
    const name = `Living-room TV ${Date.now()}`;
    const { clientId } = await createClient(page, {
      kind: "TV / limited-input device",
      name,
      scopes: ["offline_access"],
    });
    await page.goto("/admin/clients");
    await page.getByRole("searchbox", { name: "Search clients" }).fill(name);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(main(page).getByRole("row").filter({ hasText: name })).toContainText(
      "TV / limited-input device",
    );

    const api = await apiClient(playwright);
    const user = await signUpWith(api, {
      name: "Viewer",
      email: newEmail("tv"),
      password: PASSWORD,
    });
    await api.dispose();

    const { config, response } = await tvApp(clientId);
    // The TV polls while the person approves on their phone.
    const polling = oidc.pollDeviceAuthorizationGrant(config, response);

    const context = await browser.newContext({ baseURL: baseUrl(), storageState: undefined });
    const phone = await context.newPage();
    await phone.goto(response.verification_uri_complete!);
    await expect(phone).toHaveURL(/\/sign-in\?redirect_to=/);
    await signInOnPage(phone, user);
    await expect(phone).toHaveURL(/\/device\?user_code=/);
    await expect(phone.getByRole("textbox", { name: "Code" })).toHaveValue(response.user_code);
    await expect(
      phone.getByRole("heading", { name: `${name} wants to access your account` }),
    ).toBeVisible();
    await expect(phone.getByText("Confirm who you are with your account ID")).toBeVisible();
    await expect(phone.getByText("Keep access while you are away")).toBeVisible();
    await phone.getByRole("button", { name: "Approve" }).click();
    await expect(phone.getByText("Device connected.")).toBeVisible();

    const tokens = await polling;
    expect(tokens.claims()?.sub).toBe(user.id);
    expect(tokens.refresh_token).toBeTruthy();

    // The code is spent: entering it again is refused.
    await phone.getByRole("textbox", { name: "Code" }).fill(response.user_code);
    await phone.getByRole("button", { name: "Continue" }).click();
    await expect(phone.getByText("This code is not valid or has expired.")).toBeVisible();
    await context.close();
  });

  test("Deny ends the TV's polling with access_denied", async ({ page, browser, playwright }) => {
    const { clientId } = await createClient(page, {
      kind: "TV / limited-input device",
      name: `Game console ${Date.now()}`,
      scopes: ["offline_access"],
    });
    const api = await apiClient(playwright);
    await signUpWith(api, {
      name: "Player",
      email: newEmail("tv"),
      password: PASSWORD,
    });
    const storageState = await api.storageState();
    await api.dispose();

    const { config, response } = await tvApp(clientId);
    const polling = oidc.pollDeviceAuthorizationGrant(config, response).catch((e: unknown) => e);

    const context = await browser.newContext({ baseURL: baseUrl(), storageState });
    const phone = await context.newPage();
    // Typed by hand, lower case with a separator, as people do.
    await phone.goto("/device");
    const code = response.user_code.toLowerCase();
    await phone.getByRole("textbox", { name: "Code" }).fill(`${code.slice(0, 4)}-${code.slice(4)}`);
    await phone.getByRole("button", { name: "Continue" }).click();
    await phone.getByRole("button", { name: "Deny" }).click();
    await expect(phone.getByText("Request denied.")).toBeVisible();
    expect(await polling).toMatchObject({ error: "access_denied" });
    await context.close();
  });
});
