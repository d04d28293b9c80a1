import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";

/**
 * Every page a person uses, checked with axe (no serious or critical violation, in light and
 * dark mode) and photographed light/dark at desktop and 360 px for review in
 * test-results/screenshots/.
 */

const SHOTS = "test-results/screenshots";
const CALLBACK = "http://127.0.0.1:9/callback";
const PASSWORD = "a11y-password-123";

type Identity = "anonymous" | "user" | "admin";
type PageCase = { name: string; identity: Identity; path: () => string | Promise<string> };

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function post(request: APIRequestContext, path: string, data: unknown) {
  const res = await request.post(path, { data, headers: { origin: process.env.E2E_BASE_URL! } });
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

const fixture = {
  email: `a11y-${unique()}@example.test`,
  clientId: "",
  userId: "",
};

async function signedInContext(browser: Browser, identity: Identity) {
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  if (identity === "user") {
    await post(context.request, "/api/auth/sign-in/email", {
      email: fixture.email,
      password: PASSWORD,
    });
  } else if (identity === "admin") {
    await post(context.request, "/api/auth/sign-in/email", {
      email: "admin@example.test",
      password: "admin-password-123",
    });
  }
  return context;
}

function authorizePath(scope: string) {
  const params = new URLSearchParams({
    client_id: fixture.clientId,
    response_type: "code",
    redirect_uri: CALLBACK,
    scope,
    state: "a11y",
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    code_challenge_method: "S256",
    prompt: "consent",
  });
  return `/api/auth/oauth2/authorize?${params}`;
}

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
  const { user } = await post(request, "/api/auth/sign-up/email", {
    name: "Ada Lovelace",
    email: fixture.email,
    password: PASSWORD,
  });
  fixture.userId = user.id;
  for (const name of ["Analytical Engines", "Difference Works"]) {
    await post(request, "/api/auth/organization/create", {
      name,
      slug: `${name.split(" ")[0]!.toLowerCase()}-${unique()}`,
    });
  }
  await request.dispose();
  // Registration with the initial access token, from a context without the user's cookies.
  const anonymous = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
  const res = await anonymous.post("/api/auth/oauth2/register", {
    headers: { authorization: `Bearer ${process.env.E2E_INITIAL_ACCESS_TOKEN}` },
    data: {
      client_name: "Accessible Notes",
      application_type: "native",
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: "none",
      scope: "openid profile email organization offline_access",
    },
  });
  expect(res.status()).toBe(201);
  fixture.clientId = (await res.json()).client_id;
  await anonymous.dispose();
});

/** Pages reached inside an authorization: the browser walks there like a person would. */
async function reach(page: Page, target: "sign-in-flow" | "select-organization" | "consent") {
  if (target === "sign-in-flow") {
    await page.goto(authorizePath("openid profile email"));
    await page.waitForURL(/\/sign-in\?/);
    return;
  }
  await page.goto(authorizePath("openid profile email organization offline_access"));
  await page.waitForURL(/\/select-organization\?/);
  if (target === "consent") {
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/consent\?/);
  }
}

const PAGES: PageCase[] = [
  { name: "landing", identity: "anonymous", path: () => "/" },
  { name: "sign-in", identity: "anonymous", path: () => "/sign-in" },
  { name: "sign-up", identity: "anonymous", path: () => "/sign-up" },
  { name: "forgot-password", identity: "anonymous", path: () => "/forgot-password" },
  {
    name: "reset-password",
    identity: "anonymous",
    path: () => "/reset-password?error=INVALID_TOKEN",
  },
  { name: "error", identity: "anonymous", path: () => "/error?error=invalid_client" },
  { name: "not-found", identity: "anonymous", path: () => "/no-such-page" },
  { name: "account", identity: "user", path: () => "/account" },
  { name: "account-security", identity: "user", path: () => "/account/security" },
  { name: "account-apps", identity: "user", path: () => "/account/apps" },
  { name: "account-sessions", identity: "user", path: () => "/account/sessions" },
  { name: "account-organizations", identity: "user", path: () => "/account/organizations" },
  { name: "device", identity: "user", path: () => "/device?user_code=NOSUCHCODE" },
  { name: "admin-overview", identity: "admin", path: () => "/admin" },
  { name: "admin-clients", identity: "admin", path: () => "/admin/clients" },
  { name: "admin-client-new", identity: "admin", path: () => "/admin/clients/new" },
  { name: "admin-client", identity: "admin", path: () => `/admin/clients/${fixture.clientId}` },
  { name: "admin-resources", identity: "admin", path: () => "/admin/resources" },
  { name: "admin-resource-new", identity: "admin", path: () => "/admin/resources/new" },
  { name: "admin-consents", identity: "admin", path: () => "/admin/consents" },
  { name: "admin-users", identity: "admin", path: () => "/admin/users" },
  { name: "admin-user", identity: "admin", path: () => `/admin/users/${fixture.userId}` },
  { name: "admin-keys", identity: "admin", path: () => "/admin/keys" },
  { name: "admin-audit", identity: "admin", path: () => "/admin/audit" },
  { name: "admin-outbox", identity: "admin", path: () => "/admin/outbox" },
];

const FLOW_PAGES = ["sign-in-flow", "select-organization", "consent"] as const;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** axe in light and dark mode, then the four review screenshots. */
async function checkAndPhotograph(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    // Controls animate their colours (transition-colors): measure contrast once they settled.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a instanceof CSSTransition)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
    expect(await seriousViolations(page), `${name} (${colorScheme})`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}-360.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
  }
}

for (const pageCase of PAGES) {
  test(`${pageCase.name} is accessible in light and dark mode and fits 360 px`, async ({
    browser,
  }) => {
    const context = await signedInContext(browser, pageCase.identity);
    const page = await context.newPage();
    const response = await page.goto(await pageCase.path());
    expect(response?.status(), pageCase.name).toBe(pageCase.name === "not-found" ? 404 : 200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await checkAndPhotograph(page, pageCase.name);
    await context.close();
  });
}

for (const target of FLOW_PAGES) {
  test(`${target} inside an authorization is accessible and fits 360 px`, async ({ browser }) => {
    const context = await signedInContext(
      browser,
      target === "sign-in-flow" ? "anonymous" : "user",
    );
    const page = await context.newPage();
    await reach(page, target);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await checkAndPhotograph(page, target);
    await context.close();
  });
}
