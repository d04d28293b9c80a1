import { expect, test } from "@playwright/test";

test("an unknown client_id ends on the error page with the code in words", async ({ page }) => {
  const params = new URLSearchParams({
    client_id: "no-such-client",
    response_type: "code",
    redirect_uri: "http://127.0.0.1:9/callback",
    scope: "openid",
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    code_challenge_method: "S256",
  });
  await page.goto(`/api/auth/oauth2/authorize?${params}`);
  await expect(page).toHaveURL(/\/error\?/);
  await expect(
    page.getByRole("heading", { name: "We couldn’t complete that request" }),
  ).toBeVisible();
  const code = new URL(page.url()).searchParams.get("error");
  expect(code).toMatch(/^invalid_client|^invalid_request/);
  await expect(page.getByRole("main").locator("code")).toHaveText(code!);
  await expect(
    page
      .getByText("The application is not registered here")
      .or(page.getByText("missing something")),
  ).toBeVisible();
});

test("unknown addresses get the not-found page", async ({ page }) => {
  const res = await page.goto("/no/such/page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go home" })).toHaveAttribute("href", "/");
});

test("error codes are shown sanitised", async ({ page }) => {
  await page.goto("/error?error=%3Cscript%3Ebad%3C%2Fscript%3E&error_description=Broken");
  await expect(page.getByRole("main").locator("code")).toHaveText("scriptbadscript");
  await expect(page.getByText("Broken")).toBeVisible();
});
