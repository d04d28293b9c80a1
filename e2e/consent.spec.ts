import type { Page } from "@playwright/test";
import {
  ApiSession,
  authorization,
  createUser,
  expect,
  linkResource,
  registerClient,
  type RegisteredClient,
  rpConfig,
  signInOnPage,
  test,
  relyingPartyPerFile,
} from "./fixtures";

const rp = relyingPartyPerFile();

async function begin(
  page: Page,
  scope: string,
  client?: RegisteredClient,
  extra: Record<string, string> = {},
) {
  const registered = client ?? (await registerClient(rp.redirectUri));
  const config = await rpConfig(registered);
  const request = await authorization(config, rp.redirectUri, { scope, ...extra });
  await page.goto(request.url);
  return { request, config };
}

test("unticking optional scopes grants only the rest, and the token says so", async ({ page }) => {
  const user = await createUser();
  const { request } = await begin(page, "openid profile email offline_access");
  await signInOnPage(page, user);

  const identity = page.getByRole("checkbox", { name: "Confirm who you are" });
  await expect(identity).toBeChecked();
  await expect(identity).toBeDisabled();
  await expect(page.getByText("Sensitive")).toBeVisible();
  await page.getByRole("checkbox", { name: "See your email address" }).uncheck();
  await page.getByRole("checkbox", { name: "Keep access while you are away" }).uncheck();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();

  const tokens = await request.redeem(await callback);
  expect(tokens.scope?.split(" ").sort()).toEqual(["openid", "profile"]);
  expect(tokens.refresh_token).toBeUndefined();
});

test("an admin-created app shows its logo and published links, with no warning", async ({
  page,
  baseURL,
}) => {
  const user = await createUser();
  const admin = new ApiSession(baseURL!);
  await admin.postOk("/api/auth/sign-in/email", {
    email: "admin@example.test",
    password: "admin-password-123",
  });
  const client = await admin.postOk<RegisteredClient>("/api/auth/oauth2/create-client", {
    client_name: "Linked App",
    application_type: "native",
    redirect_uris: [rp.redirectUri],
    token_endpoint_auth_method: "client_secret_basic",
    grant_types: ["authorization_code"],
    response_types: ["code"],
    scope: "openid",
    logo_uri: "https://app.example.test/logo.png",
    client_uri: "https://app.example.test/",
    tos_uri: "https://app.example.test/terms",
    policy_uri: "https://app.example.test/privacy",
  });
  await page.route("https://app.example.test/**", (route) => route.fulfill({ status: 404 }));
  const { request } = await begin(page, "openid", client);
  await expect(page.getByRole("img", { name: "Linked App logo" })).toBeAttached();
  await signInOnPage(page, user);

  await expect(
    page.getByRole("heading", { name: "Linked App wants to access your account" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: "Linked App logo" })).toBeAttached();
  for (const [name, href] of [
    [/^Website/, "https://app.example.test/"],
    [/^Terms of service/, "https://app.example.test/terms"],
    [/^Privacy policy/, "https://app.example.test/privacy"],
  ] as const) {
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", href);
  }
  await expect(page.getByText("Unverified app")).toHaveCount(0);
  await expect(page.getByText(user.email)).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  expect((await request.redeem(await callback)).claims()?.sub).toBe(user.id);
});

test("a dynamically registered app is marked unverified, whatever metadata it sends", async ({
  page,
}) => {
  const client = await registerClient(rp.redirectUri, {
    client_name: "Homebrew App",
    metadata: { gatehouse_registration: "managed" },
  });
  const user = await createUser();
  await begin(page, "openid", client);
  await signInOnPage(page, user);
  await expect(page.getByText("Unverified app")).toBeVisible();
  await expect(page.getByText("have not reviewed it")).toBeVisible();
});

test("Not you? Switch account signs out and continues the same request as someone else", async ({
  page,
}) => {
  const first = await createUser();
  const second = await createUser();
  const { request } = await begin(page, "openid");
  await signInOnPage(page, first);
  await expect(page.getByText(first.email)).toBeVisible();

  await page.getByRole("button", { name: /Switch account/ }).click();
  // The consent page's query (re-signed by the provider) carries on to the sign-in page.
  await expect(page).toHaveURL(/\/sign-in\?.*client_id=.*sig=/);
  await signInOnPage(page, second);
  await expect(page.getByText(second.email)).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  expect(tokens.claims()?.sub).toBe(second.id);
});

test("with two organizations the picker decides which one the tokens carry", async ({ page }) => {
  const user = await createUser();
  const orgs: { id: string; slug: string; name: string }[] = [];
  for (const name of ["Alpha Works", "Beta Labs"]) {
    const slug = `${name.toLowerCase().replace(/\s/g, "-")}-${Date.now().toString(36)}`;
    orgs.push(await user.session.postOk("/api/auth/organization/create", { name, slug }));
  }
  const { request, config } = await begin(page, "openid organization");
  await signInOnPage(page, user);

  await expect(page.getByRole("heading", { name: "Choose an organization" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Alpha Works" })).toBeVisible();
  await page.getByRole("radio", { name: "Beta Labs" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Act for the organization you choose")).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();

  const tokens = await request.redeem(await callback);
  const beta = orgs[1]!;
  expect(tokens.claims()).toMatchObject({ org_id: beta.id, org_slug: beta.slug });
  const { fetchUserInfo } = await import("openid-client");
  const info = await fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
  expect(info).toMatchObject({ org_id: beta.id, org_slug: beta.slug });
});

test("a user without an organization is guided to create one", async ({ page }) => {
  const user = await createUser();
  const { request } = await begin(page, "openid organization");
  await signInOnPage(page, user);
  await expect(page.getByText("Create your first one to continue")).toBeVisible();
  await page.getByLabel("New organization name").fill("Gamma Group");
  await page.getByRole("button", { name: "Create organization" }).click();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  expect(tokens.claims()?.org_slug).toMatch(/^gamma-group-/);
});

test("the consent page needs a session", async ({ page }) => {
  await page.goto("/consent?client_id=anything");
  await expect(page).toHaveURL(/\/sign-in\?client_id=anything/);
});

test("requested APIs are listed by name, and the access token is for that API", async ({
  page,
}) => {
  const user = await createUser();
  const client = await registerClient(rp.redirectUri);
  const identifier = `https://notes-${Date.now().toString(36)}.example.test/api`;
  await linkResource(client.client_id, { identifier, name: "Notes API" });
  const { request } = await begin(page, "openid", client, { resource: identifier });
  await signInOnPage(page, user);

  await expect(page.getByRole("heading", { name: "On these APIs" })).toBeVisible();
  await expect(page.getByText("Notes API")).toBeVisible();
  await expect(page.getByText(identifier)).toBeVisible();
  const callback = rp.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  const payload = JSON.parse(
    Buffer.from(tokens.access_token.split(".")[1]!, "base64url").toString(),
  ) as { aud: string | string[] };
  expect([payload.aud].flat()).toContain(identifier);
});
