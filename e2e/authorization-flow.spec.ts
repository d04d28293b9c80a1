import { randomUUID } from "node:crypto";
import { test, type Page } from "@playwright/test";
import { expect } from "./flow-fixtures";

const CALLBACK = "http://127.0.0.1:9/callback";

async function registerClient(baseURL: string) {
  const res = await fetch(`${baseURL}/api/auth/oauth2/register`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.E2E_INITIAL_ACCESS_TOKEN}`,
    },
    body: JSON.stringify({
      client_name: "Browser Test App",
      application_type: "native",
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: "none",
      scope: "openid profile email organization",
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()).client_id as string;
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

/** Resolves with the URL the portal finally sends the browser to at the client. */
function callbackReached(page: Page) {
  return new Promise<URL>((resolve) => {
    void page.route(`${CALLBACK}**`, (route) => {
      resolve(new URL(route.request().url()));
      void route.fulfill({ status: 200, body: "callback reached" });
    });
  });
}

test("a new user signs up, creates an organization and consents, and the code reaches the client", async ({
  page,
  baseURL,
}) => {
  const clientId = await registerClient(baseURL!);
  const callback = callbackReached(page);
  await page.goto(authorizeUrl(clientId, "openid profile email organization"));

  await expect(
    page.getByRole("heading", { name: "Sign in to continue to Browser Test App" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?.*sig=/);
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(`ada-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Create account" }).click();

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

test("a wrong password shows an error and stays on the sign-in page", async ({ page, baseURL }) => {
  const clientId = await registerClient(baseURL!);
  await page.goto(authorizeUrl(clientId, "openid"));
  await page.getByLabel("Email").fill(`nobody-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await expect(page).toHaveURL(/\/sign-in\?.*sig=/);
});

test("Deny returns access_denied to the client", async ({ page, baseURL }) => {
  const clientId = await registerClient(baseURL!);
  const callback = callbackReached(page);
  await page.goto(`/sign-up`);
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(`grace-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/account");

  await page.goto(authorizeUrl(clientId, "openid profile"));
  await page.getByRole("button", { name: "Deny" }).click();
  const url = await callback;
  expect(url.searchParams.get("error")).toBe("access_denied");
});

test("interaction pages refuse to be framed or cached", async ({ request }) => {
  for (const path of ["/sign-in", "/sign-up", "/consent", "/select-organization", "/error"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["cache-control"], path).toContain("no-store");
  }
});
