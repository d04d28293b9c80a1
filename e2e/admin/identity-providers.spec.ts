import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import * as oidc from "openid-client";
import {
  authorization,
  baseUrl,
  newEmail,
  providerSlug,
  registerClient,
  relyingPartyPerFile,
  rpConfig,
  signInOnPage,
  signInUpstream,
  startUpstream,
  type UpstreamProvider,
} from "../fixtures";
import { expect, main, test } from "./fixtures";

// Upstream identity providers (issue 13 item 1): node-oidc-provider on loopback is the upstream,
// openid-client the relying party; each worker gets its own upstream and provider names.
const tag = randomUUID().slice(0, 8);
const NAMES = {
  console: `Console IdP ${tag}`,
  flow: `Flow IdP ${tag}`,
  trusted: `Trusted IdP ${tag}`,
  untrusted: `Untrusted IdP ${tag}`,
  organization: `Company SSO ${tag}`,
};

let upstream: UpstreamProvider;
test.beforeAll(async () => {
  upstream = await startUpstream(Object.values(NAMES));
});
test.afterAll(async () => {
  await upstream?.close();
});
const rp = relyingPartyPerFile();

/** Fills the New provider form (on the admin's page) and saves it. */
async function fillProvider(page: Page, name: string, issuer: string, trusted = false) {
  const { clientId, clientSecret } = upstream.client(name);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Issuer URL").fill(issuer);
  await page.getByLabel("Client ID").fill(clientId);
  await page.getByLabel("Client secret").fill(clientSecret);
  if (trusted) await page.getByLabel("Trusted for account linking").check();
  await page.getByRole("button", { name: "Add provider" }).click();
}

async function addProvider(page: Page, name: string, trusted = false) {
  await page.goto("/admin/identity-providers/new");
  await fillProvider(page, name, upstream.issuer, trusted);
  await expect(page.getByText("Identity provider saved.")).toBeVisible();
}

type Fixtures = Parameters<Parameters<typeof test>[2]>[0];

/**
 * A provider called `name` and an existing account with a verified email, whose upstream
 * identity (the returned login) says the same email is verified.
 */
async function providerAndExistingAccount(
  { page, sql, createUser }: Pick<Fixtures, "page" | "sql" | "createUser">,
  name: string,
  trusted: boolean,
) {
  await addProvider(page, name, trusted);
  const existing = await createUser("Existing Person", "existing");
  await sql`update "user" set email_verified = true where id = ${existing.id}`;
  const login = `existing-${providerSlug(name)}`;
  upstream.account(login, { email: existing.email, emailVerified: true, name: "Existing Person" });
  return { existing, login, slug: providerSlug(name) };
}

/** A browser context with nobody signed in. */
async function anonymousPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: baseUrl(), storageState: undefined });
  return context.newPage();
}

/**
 * The README's screenshots (docs/screenshots/), written only when README_SCREENSHOTS=1:
 * `README_SCREENSHOTS=1 npx playwright test e2e/admin/identity-providers.spec.ts`.
 */
async function readmeShot(
  page: Page,
  file: string,
  width = 1280,
  colorScheme: "light" | "dark" = "light",
) {
  if (process.env.README_SCREENSHOTS !== "1") return;
  mkdirSync("docs/screenshots", { recursive: true });
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `docs/screenshots/${file}`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

const continueWith = (page: Page, name: string) =>
  page.getByRole("button", { name: `Continue with ${name}` });

/** A new visitor on /sign-in takes "Continue with <name>" and signs in upstream as `login`. */
async function continueFromSignIn(browser: Browser, name: string, login: string) {
  const visitor = await anonymousPage(browser);
  await visitor.goto("/sign-in");
  await continueWith(visitor, name).click();
  await signInUpstream(visitor, upstream, login);
  return visitor;
}

test("an admin adds a provider once its discovery checks out, reads its redirect URI, and disables it", async ({
  page,
  browser,
  sql,
}) => {
  const name = NAMES.console;
  await page.goto("/admin");
  await page.getByRole("link", { name: "Identity providers" }).click();
  await page.getByRole("link", { name: "New provider" }).click();

  // An issuer without a discovery document is refused with a readable reason, nothing stored.
  await fillProvider(page, name, `${baseUrl()}/no-such-issuer`);
  await expect(page.getByText(/answered HTTP 404, not a discovery document/)).toBeVisible();
  expect(await sql`select 1 from sso_provider where name = ${name}`).toHaveLength(0);

  await fillProvider(page, name, upstream.issuer);
  await expect(page.getByText("Identity provider saved.")).toBeVisible();
  const slug = providerSlug(name);
  await expect(page.getByRole("textbox", { name: "Redirect URI" })).toHaveValue(
    `${baseUrl()}/api/auth/sso/callback/${slug}`,
  );
  // The secret is stored sealed and never shown again.
  const { clientSecret } = upstream.client(name);
  expect(await page.content()).not.toContain(clientSecret);
  const [row] = await sql`select oidc_config from sso_provider where provider_id = ${slug}`;
  if (!row) throw new Error("the provider was not stored");
  expect(row.oidc_config).not.toContain(clientSecret);
  expect(JSON.parse(row.oidc_config).clientSecretSealed).toBeTruthy();

  await readmeShot(page, "admin-identity-provider-light-desktop.png");
  const visitor = await anonymousPage(browser);
  await visitor.goto("/sign-in");
  await expect(continueWith(visitor, name)).toBeVisible();
  await readmeShot(visitor, "sign-in-identity-provider-dark-360.png", 360, "dark");

  await main(page).getByRole("button", { name: "Disable" }).click();
  await expect(
    main(page).getByText("Turned off: nobody can sign in with this provider."),
  ).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: /Sign in to/ })).toBeVisible();
  await expect(continueWith(visitor, name)).toHaveCount(0);
  // Starting it by hand is refused too.
  const started = await visitor.request.post("/api/auth/sign-in/sso", {
    data: { providerId: slug, callbackURL: "/account" },
    headers: { origin: baseUrl() },
  });
  expect(started.status()).toBe(403);
  await visitor.context().close();
});

test("a first sign-in through the provider, inside an OAuth authorization, creates an account and reaches the app", async ({
  page,
  browser,
  sql,
}) => {
  const name = NAMES.flow;
  await addProvider(page, name);
  const client = await registerClient(rp.redirectUri);
  const config = await rpConfig(client);
  const request = await authorization(config, rp.redirectUri, { scope: "openid email profile" });
  const email = newEmail("upstream");
  const login = `grace-${tag}`;
  upstream.account(login, { email, emailVerified: true, name: "Grace Hopper" });

  const user = await anonymousPage(browser);
  await user.goto(request.url);
  await continueWith(user, name).click();
  await signInUpstream(user, upstream, login);
  // Back at Gatehouse, signed in: the authorization resumes with its consent.
  const callback = rp.callbackIn(user);
  await user.getByRole("button", { name: "Allow" }).click();
  const tokens = await request.redeem(await callback);
  const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
  expect(info.email).toBe(email);
  expect(info.name).toBe("Grace Hopper");

  const accounts = await sql`select a.provider_id, a.account_id from account a
    join "user" u on u.id = a.user_id where u.email = ${email}`;
  // node-oidc-provider's `sub` is the account id: the login name.
  expect(accounts).toEqual([{ provider_id: providerSlug(name), account_id: login }]);
  const audited = await sql`select details from audit_event
    where type = 'user.sign_in' and details->>'provider' = ${name}`;
  expect(audited).toHaveLength(1);

  // Their only way to sign in cannot be unlinked.
  await user.goto("/account/security");
  await user.getByRole("button", { name: `Unlink ${name}` }).click();
  await expect(user.getByText("You can't unlink your last account")).toBeVisible();
  expect(
    await sql`select 1 from account a join "user" u on u.id = a.user_id
    where u.email = ${email}`,
  ).toHaveLength(1);
  await user.context().close();
});

test("an upstream identity with a verified email joins the existing account when the provider is trusted", async ({
  page,
  browser,
  sql,
  createUser,
}) => {
  const name = NAMES.trusted;
  const { existing, login } = await providerAndExistingAccount(
    { page, sql, createUser },
    name,
    true,
  );

  const visitor = await continueFromSignIn(browser, name, login);
  await visitor.waitForURL("**/account");
  await expect(visitor.getByText(existing.email).first()).toBeVisible();
  const linked = await sql`select user_id from account where provider_id = ${providerSlug(name)}`;
  expect(linked).toEqual([{ user_id: existing.id }]);
  expect(await sql`select 1 from "user" where email = ${existing.email}`).toHaveLength(1);
  await visitor.context().close();
});

test("an untrusted provider never joins an existing account by email: the person signs in and links it from Security, then unlinks it", async ({
  page,
  browser,
  sql,
  createUser,
  contextOf,
}) => {
  const name = NAMES.untrusted;
  const { existing, login, slug } = await providerAndExistingAccount(
    { page, sql, createUser },
    name,
    false,
  );

  const visitor = await continueFromSignIn(browser, name, login);
  await expect(visitor.getByText(/An account with this email already exists/)).toBeVisible();
  expect(await sql`select 1 from account where provider_id = ${slug}`).toHaveLength(0);
  // The same page still signs in with the password.
  await signInOnPage(visitor, existing);
  await visitor.waitForURL("**/account");
  await visitor.context().close();

  // Signed in (a fresh browser), the person links the provider from Security.
  const context = await contextOf(existing);
  const own = await context.newPage();
  await own.goto("/account/security");
  await own.getByRole("button", { name: `Link ${name}` }).click();
  await signInUpstream(own, upstream, login);
  await expect(own.getByText("The identity is linked to your account.")).toBeVisible();
  const linked = own.getByRole("list", { name: "Linked identities" });
  await expect(linked.getByText(name)).toBeVisible();
  expect(await sql`select user_id from account where provider_id = ${slug}`).toEqual([
    { user_id: existing.id },
  ]);
  expect(
    await sql`select 1 from audit_event where type = 'user.identity_linked' and actor_id = ${existing.id}`,
  ).toHaveLength(1);

  await own.getByRole("button", { name: `Unlink ${name}` }).click();
  await expect(own.getByRole("button", { name: `Link ${name}` })).toBeVisible();
  await expect(linked).toHaveCount(0);
  expect(await sql`select 1 from account where provider_id = ${slug}`).toHaveLength(0);
});

test("an organization's owner attaches its provider for its email domains; an admin verifies them; people of that domain are routed to it and join as members", async ({
  page,
  browser,
  sql,
  createUser,
  contextOf,
}) => {
  const name = NAMES.organization;
  const domain = `sso-${tag}.example.test`;
  const owner = await createUser("Org Owner", "org-owner");
  const ownerContext = await contextOf(owner);
  const slug = `sso-org-${tag}`;
  const created = await ownerContext.request.post("/api/auth/organization/create", {
    data: { name: `SSO Org ${tag}`, slug },
    headers: { origin: baseUrl() },
  });
  expect(created.status(), await created.text()).toBe(200);
  const organizationId = ((await created.json()) as { id: string }).id;
  await ownerContext.request.post("/api/auth/organization/invite-member", {
    data: { email: newEmail("invitee"), role: "member", organizationId },
    headers: { origin: baseUrl() },
  });

  const own = await ownerContext.newPage();
  await own.goto(`/account/organizations/${slug}`);
  const sso = own.getByRole("region", { name: "Single sign-on" });
  const { clientId, clientSecret } = upstream.client(name);
  await sso.getByLabel("Name", { exact: true }).fill(name);
  await sso.getByLabel("Issuer URL").fill(upstream.issuer);
  await sso.getByLabel("Client ID").fill(clientId);
  await sso.getByLabel("Client secret").fill(clientSecret);
  await sso.getByLabel("Email domains").fill(`${domain}, ${domain}`);
  await sso.getByRole("button", { name: "Add provider" }).click();
  await expect(sso.getByText("Domains not verified")).toBeVisible();
  await expect(sso.getByRole("textbox", { name: "TXT record value" })).not.toHaveValue("");
  // No TXT record exists in this offline test: the DNS check answers readably.
  await sso.getByRole("button", { name: "Verify domains" }).click();
  await expect(sso.getByText(/Unable to verify domain ownership/)).toBeVisible();
  await readmeShot(own, "organization-sso-light-desktop.png");

  // Unverified, the domain is not routed yet.
  const visitor = await anonymousPage(browser);
  await visitor.goto("/sign-in");
  await visitor.getByLabel("Email").fill(`worker@${domain}`);
  await visitor.getByRole("button", { name: "Continue with single sign-on" }).click();
  await expect(
    visitor.getByText(`Single sign-on for ${domain} is not verified yet.`),
  ).toBeVisible();

  await page.goto("/admin/identity-providers");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Mark domains verified" }).click();
  await expect(main(page).getByText("Verified", { exact: true })).toBeVisible();

  const login = `worker-${tag}`;
  upstream.account(login, { email: `worker@${domain}`, emailVerified: true, name: "Org Worker" });
  await visitor.reload();
  await visitor.getByLabel("Email").fill(`worker@${domain}`);
  await visitor.getByRole("button", { name: "Continue with single sign-on" }).click();
  await signInUpstream(visitor, upstream, login);
  await visitor.waitForURL("**/account");
  const members = await sql`select m.role from member m join "user" u on u.id = m.user_id
    where u.email = ${`worker@${domain}`} and m.organization_id = ${organizationId}`;
  expect(members).toEqual([{ role: "member" }]);
  await visitor.context().close();
});
