import { createDatabase, startServer, type RunningServer } from "./protocol/server";
import {
  allowAndRedeem,
  expect,
  newEmail,
  PASSWORD,
  registerAndAuthorize,
  type RelyingParty,
  signInOnPage,
  signUpOnPage,
  startRelyingParty,
  test,
  waitForMailLink,
} from "./fixtures";

const TOKEN = "verification-initial-access-token-0123456789";
const VERIFY_SUBJECT = /Verify your email address/;

let server: RunningServer;
let database: { url: string; drop: () => Promise<void> };
let rp: RelyingParty;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createDatabase("gatehouse_e2e_verify");
  server = await startServer({
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: "e2e-verify-secret-0123456789abcdef0123456789",
    INITIAL_ACCESS_TOKEN: TOKEN,
    SEED_DEMO_CLIENTS: "false",
    RATE_LIMIT_ENABLED: "false",
    REQUIRE_EMAIL_VERIFICATION: "true",
  });
  rp = await startRelyingParty();
});

test.afterAll(async () => {
  await rp?.close();
  await server?.stop();
  await database?.drop();
});

test("sign-in waits for the emailed link, which verifies, signs in and continues the flow", async ({
  page,
}) => {
  const base = server.baseUrl;
  const email = newEmail("verify");
  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope: "openid email" },
    { client_name: "Mail App" },
    { base, token: TOKEN },
  );

  await page.goto(request.url);
  await page.getByRole("link", { name: "Create an account" }).click();
  await signUpOnPage(page, { name: "Vera Verify", email, password: PASSWORD });
  await expect(page.getByText("Check your inbox")).toBeVisible();

  // Signing in before verifying is refused with a way to get a new link.
  await page.getByRole("link", { name: "Sign in" }).click();
  await signInOnPage(page, { email, password: PASSWORD });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Verify your email first");
  await page.getByRole("button", { name: "Resend verification email" }).click();
  await expect(page.getByText(`We sent a new verification link to ${email}`)).toBeVisible();

  await page.goto(
    await waitForMailLink(email, { subject: VERIFY_SUBJECT, database: database.url }),
  );
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  await expect(page.getByText(`${email} is confirmed`)).toBeVisible();

  await page.getByRole("link", { name: "Continue" }).click();
  const tokens = await allowAndRedeem(page, "Mail App", rp, request);
  expect(tokens.scope?.split(" ").sort()).toEqual(["email", "openid"]);
});

test("prompt=create: the emailed link verifies and goes on to consent, not to sign-up again", async ({
  page,
}) => {
  const email = newEmail("create-verify");
  const { request } = await registerAndAuthorize(
    rp.redirectUri,
    { scope: "openid email", prompt: "create" },
    { client_name: "Create Mail App" },
    { base: server.baseUrl, token: TOKEN },
  );
  await page.goto(request.url);
  await expect(page).toHaveURL(/\/sign-up\?/);
  await signUpOnPage(page, { name: "Cy Create", email, password: PASSWORD });
  await expect(page.getByText("Check your inbox")).toBeVisible();

  await page.goto(
    await waitForMailLink(email, { subject: VERIFY_SUBJECT, database: database.url }),
  );
  await page.getByRole("link", { name: "Continue" }).click();
  const tokens = await allowAndRedeem(page, "Create Mail App", rp, request);
  expect(tokens.scope?.split(" ").sort()).toEqual(["email", "openid"]);
});

test("a broken verification link explains itself", async ({ page }) => {
  await page.goto(
    `${server.baseUrl}/api/auth/verify-email?token=not-a-token&callbackURL=${encodeURIComponent("/verify-email?continue=/account")}`,
  );
  await expect(page.getByRole("heading", { name: "This link doesn’t work" })).toBeVisible();
  await expect(page.getByRole("main").locator("code")).toHaveText("INVALID_TOKEN");
});
