import {
  CALLBACK,
  callbackReached,
  expect,
  newEmail,
  PASSWORD,
  registerPublicClient,
  signUpOnPage,
  test,
} from "./fixtures";

async function registerClient() {
  const client = await registerPublicClient(
    "Browser Test App",
    "openid profile email organization",
  );
  return client.client_id;
}

function authorizeUrl(clientId: string, scope: string) {
  const params = new URLSearchParams({
    client_id: clientId,
    response_type: "code",
    redirect_uri: CALLBACK,
    scope,
    state: "browser-state",
    // RFC 7636 appendix B test vector; the browser suite never redeems the code.
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    code_challenge_method: "S256",
  });
  return `/api/auth/oauth2/authorize?${params}`;
}

test("a new user signs up, creates an organization and consents, and the code reaches the client", async ({
  page,
  baseURL,
}) => {
  const clientId = await registerClient();
  const callback = callbackReached(page);
  await page.goto(authorizeUrl(clientId, "openid profile email organization"));

  await expect(
    page.getByRole("heading", { name: "Sign in to continue to Browser Test App" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?.*sig=/);
  await signUpOnPage(page, { name: "Ada Lovelace", email: newEmail("ada"), password: PASSWORD });

  await expect(page.getByRole("heading", { name: "Choose an organization" })).toBeVisible();
  await page.getByLabel("New organization name").fill("Analytical Engines");
  await page.getByRole("button", { name: "Create organization" }).click();

  await expect(
    page.getByRole("heading", { name: "Browser Test App wants to access your account" }),
  ).toBeVisible();
  await expect(page.getByText("See your email address")).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();

  const url = await callback;
  expect(url.searchParams.get("code")).toBeTruthy();
  expect(url.searchParams.get("state")).toBe("browser-state");
  expect(url.searchParams.get("iss")).toBe(`${baseURL}/api/auth`);
});

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  const clientId = await registerClient();
  await page.goto(authorizeUrl(clientId, "openid"));
  await page.getByLabel("Email").fill(newEmail("nobody"));
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await expect(page).toHaveURL(/\/sign-in\?.*sig=/);
});

test("Deny returns access_denied to the client", async ({ page }) => {
  const clientId = await registerClient();
  const callback = callbackReached(page);
  await page.goto(`/sign-up`);
  await signUpOnPage(page, { name: "Grace Hopper", email: newEmail("grace"), password: PASSWORD });
  await expect(page).toHaveURL("/account");

  await page.goto(authorizeUrl(clientId, "openid profile"));
  await page.getByRole("button", { name: "Deny" }).click();
  const url = await callback;
  expect(url.searchParams.get("error")).toBe("access_denied");
});

test("interaction pages refuse to be framed or cached", async ({ request }) => {
  const paths = [
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/two-factor",
    "/verify-email",
    "/consent",
    "/select-organization",
    "/error",
    "/account",
    "/account/security",
    "/admin",
    "/admin/clients",
  ];
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["cache-control"], path).toContain("no-store");
  }
});
