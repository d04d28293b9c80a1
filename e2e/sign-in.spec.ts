import type { Page } from "@playwright/test";
import {
  allowAndRedeem,
  createUser,
  expect,
  newEmail,
  PASSWORD,
  registerAndAuthorize,
  signInOnPage,
  signUpAndOpen,
  signUpForClient,
  signUpOnPage,
  test,
  relyingPartyPerFile,
} from "./fixtures";

const rp = relyingPartyPerFile();

async function startFlow(page: Page, scope = "openid profile email") {
  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope },
    { client_name: "Notes App" },
  );
  await page.goto(request.url);
  await expect(
    page.getByRole("heading", { name: "Sign in to continue to Notes App", exact: true }),
  ).toBeVisible();
  return request;
}

const sessionUserId = async (page: Page) =>
  ((await (await page.request.get("/api/auth/get-session")).json()) as { user: { id: string } })
    .user.id;

test.describe("sign-in inside an authorization request", () => {
  test("a new user signs up, consents, and the RP redeems the code for tokens", async ({
    page,
  }) => {
    const request = await startFlow(page);
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up\?.*sig=/);
    await signUpForClient(page, "Notes App", {
      name: "Ada Lovelace",
      email: newEmail("ada"),
      password: PASSWORD,
    });

    await expect(page.getByText("Signed in as")).toBeAttached();
    const tokens = await allowAndRedeem(page, "Notes App", rp, request);
    expect(tokens.claims()?.sub).toBe(await sessionUserId(page));
    expect(tokens.scope?.split(" ").sort()).toEqual(["email", "openid", "profile"]);
    await expect(page.getByRole("heading", { name: "Callback reached" })).toBeVisible();
  });

  test("an existing user signs in and the code reaches the RP", async ({ page }) => {
    const user = await createUser();
    const request = await startFlow(page, "openid email");
    await signInOnPage(page, user);
    await expect(page.getByText("See your email address")).toBeVisible();
    const tokens = await allowAndRedeem(page, "Notes App", rp, request);
    expect(tokens.claims()?.sub).toBe(user.id);
    expect(tokens.scope?.split(" ").sort()).toEqual(["email", "openid"]);
  });

  test("Deny sends access_denied to the RP", async ({ page }) => {
    const user = await createUser();
    const request = await startFlow(page);
    await signInOnPage(page, user);
    const callback = rp.nextCallback();
    await page.getByRole("button", { name: "Deny" }).click();
    const url = await callback;
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(url.searchParams.get("state")).toBe(request.state);
  });

  test("links between sign-in, sign-up and forgot password keep the signed query", async ({
    page,
  }) => {
    await startFlow(page);
    const signed = new URL(page.url()).search;
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL(`/forgot-password${signed}`);
    await page.getByRole("link", { name: "Back to sign in" }).click();
    await expect(page).toHaveURL(`/sign-in${signed}`);
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(`/sign-up${signed}`);
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`/sign-in${signed}`);
    await expect(
      page.getByRole("heading", { name: "Sign in to continue to Notes App" }),
    ).toBeVisible();
  });
});

test.describe("sign-in and sign-up forms", () => {
  test("the password toggle shows and hides the password without taking its label", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    const password = page.getByLabel("Password");
    await expect(password).toHaveCount(1);
    await password.fill("secret-value");
    await expect(password).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "Show password" }).click();
    await expect(password).toHaveAttribute("type", "text");
    const hide = page.getByRole("button", { name: "Hide password" });
    await expect(hide).toHaveAttribute("aria-pressed", "true");
    await hide.click();
    await expect(password).toHaveAttribute("type", "password");
    await expect(page.getByRole("button", { name: "Show password" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  test("signing up with an existing email says so and keeps the form", async ({ page }) => {
    const user = await createUser();
    await page.goto("/sign-up");
    await signUpOnPage(page, { name: "Someone Else", email: user.email, password: PASSWORD });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "An account with this email already exists. Sign in instead.",
    );
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  });

  test("a short password is refused with the minimum length", async ({ page }) => {
    await page.goto("/sign-up");
    await expect(page.getByText("At least 8 characters.")).toBeVisible();
    await signUpOnPage(page, { name: "Short Password", email: newEmail(), password: "short" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Choose a password of at least 8 characters.",
    );
    await expect(page).toHaveURL("/sign-up");
  });

  test("outside a flow, sign-in lands on redirect_to", async ({ page }) => {
    const user = await createUser();
    await page.goto("/sign-in?redirect_to=%2Faccount%3Ftab%3Dprofile");
    await expect(page.getByRole("heading", { name: "Sign in to Gatehouse" })).toBeVisible();
    await signInOnPage(page, user);
    await expect(page).toHaveURL("/account?tab=profile");
  });

  test("an off-site redirect_to is ignored", async ({ page }) => {
    const user = await createUser();
    await page.goto("/sign-in?redirect_to=%2F%2Fevil.example%2F");
    await signInOnPage(page, user);
    await expect(page).toHaveURL("/account");
  });

  // Browsers drop tabs and newlines and read `\` as `/`, so these become `//evil.example`;
  // lib/return-path.test.ts covers every variant, this proves the page uses that check.
  for (const raw of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example"]) {
    test(`a redirect_to the browser would read as another site (${raw}) is ignored`, async ({
      page,
    }) => {
      const user = await createUser();
      await page.goto(`/sign-in?redirect_to=${raw}`);
      await signInOnPage(page, user);
      await expect(page).toHaveURL("/account");
    });
  }

  test("/verify-email without a genuine verification does not say verified", async ({ page }) => {
    await signUpAndOpen(page, "/verify-email?continue=%2F%09%2Fevil.example");
    await expect(page.getByRole("heading", { name: "This link doesn’t work" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Email verified" })).toHaveCount(0);
  });
});
