import {
  ApiSession,
  createUser,
  expect,
  findMailLink,
  newEmail,
  PASSWORD,
  signInOnPage,
  test,
  waitForMailLink,
} from "./fixtures";

const RESET_SUBJECT = /Reset your Gatehouse password/;

test("a forgotten password is reset through the emailed link, and old sessions end", async ({
  page,
  baseURL,
}) => {
  const user = await createUser();
  const oldSession = user.session;
  const sessionOf = async (session: ApiSession) =>
    (
      await fetch(`${baseURL}/api/auth/get-session`, {
        headers: { cookie: session.cookieHeader() },
      })
    ).json();
  expect(await sessionOf(oldSession)).toMatchObject({ user: { email: user.email } });

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in page has an Email field too: fill the one on the reset page.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account exists for ${user.email}`)).toBeVisible();

  const link = await waitForMailLink(user.email, { subject: RESET_SUBJECT });
  await page.goto(link);
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();

  await page.getByLabel("New password").fill("a-brand-new-password");
  await page.getByLabel("Confirm password").fill("does-not-match");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The two passwords do not match.",
  );
  await page.getByLabel("Confirm password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  // The session opened with the old password no longer works.
  expect(await sessionOf(oldSession)).toBeNull();

  await page.getByRole("link", { name: "Sign in" }).click();
  await signInOnPage(page, { email: user.email, password: PASSWORD });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await page.getByLabel("Password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/account");

  // The link is single-use.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This reset link doesn’t work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Request a new link" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
});

test("an unknown address gets the same confirmation and no mail", async ({ page }) => {
  const email = newEmail("nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();
  expect(await findMailLink(email, { subject: RESET_SUBJECT })).toBeUndefined();
});

test("a reset page without a valid token explains and links to a new request", async ({ page }) => {
  await page.goto("/reset-password?error=INVALID_TOKEN");
  await expect(page.getByRole("heading", { name: "This reset link doesn’t work" })).toBeVisible();
  await page.goto("/reset-password?token=not-a-real-token");
  await page.getByLabel("New password").fill("a-brand-new-password");
  await page.getByLabel("Confirm password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This reset link is invalid or has expired. Request a new one.",
  );
});
