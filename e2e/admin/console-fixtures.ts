import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import postgres from "postgres";

export { expect };

export const ADMIN = { email: "admin@example.test", password: "admin-password-123" };
export const PASSWORD = "console-test-password-42";
// Not port 9 (Chromium refuses "unsafe" ports before routing); nothing listens: routes fulfil it.
export const CALLBACK = "http://127.0.0.1:9876/callback";

export type TestUser = {
  id: string;
  email: string;
  name: string;
  password: string;
  /** Cookies of the session the sign-up opened (a browser context can start from it). */
  storageState: Awaited<ReturnType<APIRequestContext["storageState"]>>;
};

const baseURL = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run through playwright.config.ts");
  return url;
};

/** An API client that sends the same-origin `Origin` header Better Auth expects on writes. */
export async function apiClient(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  storageState?: TestUser["storageState"],
) {
  return playwright.request.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { origin: baseURL() },
    storageState,
  });
}

type Worker = { sql: postgres.Sql; adminState: string };
type Fixtures = {
  adminPage: Page;
  createUser: (name?: string, tag?: string) => Promise<TestUser>;
  contextOf: (user: TestUser) => Promise<BrowserContext>;
};

export const test = base.extend<Fixtures, Worker>({
  sql: [
    async ({}, provide) => {
      const url = process.env.E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL is not set: run through playwright.config.ts");
      const sql = postgres(url, { max: 2, onnotice: () => {} });
      await provide(sql);
      await sql.end();
    },
    { scope: "worker" },
  ],
  adminState: [
    async ({ playwright }, provide, workerInfo) => {
      const api = await apiClient(playwright);
      const res = await api.post("/api/auth/sign-in/email", { data: ADMIN });
      expect(res.status(), await res.text()).toBe(200);
      const dir = path.join(workerInfo.project.outputDir, ".auth");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `console-admin-${workerInfo.workerIndex}.json`);
      await api.storageState({ path: file });
      await api.dispose();
      await provide(file);
    },
    { scope: "worker" },
  ],
  adminPage: async ({ browser, adminState }, provide) => {
    const context = await browser.newContext({ storageState: adminState });
    const page = await context.newPage();
    await provide(page);
    await context.close();
  },
  createUser: async ({ playwright }, provide) => {
    await provide(async (name = "Console Test User", tag = "console") => {
      const email = `${tag}-${randomUUID()}@example.test`;
      const api = await apiClient(playwright);
      const res = await api.post("/api/auth/sign-up/email", {
        data: { name, email, password: PASSWORD },
      });
      expect(res.status(), await res.text()).toBe(200);
      const { user } = (await res.json()) as { user: { id: string } };
      const storageState = await api.storageState();
      await api.dispose();
      return { id: user.id, email, name, password: PASSWORD, storageState };
    });
  },
  contextOf: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (user) => {
      const context = await browser.newContext({ storageState: user.storageState });
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});

/** A public native client registered over RFC 7591 with the initial access token. */
export async function registerClient(name: string, scope = "openid profile email offline_access") {
  const res = await fetch(`${baseURL()}/api/auth/oauth2/register`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.E2E_INITIAL_ACCESS_TOKEN}`,
    },
    body: JSON.stringify({
      client_name: name,
      application_type: "native",
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      scope,
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { client_id: string };
}

const b64url = (buf: Buffer) => buf.toString("base64url");

/**
 * Runs an authorization in a signed-in browser page, clicking Allow when the consent page shows.
 * Returns the code, its PKCE verifier and whether consent was asked.
 */
export async function authorizeInBrowser(page: Page, clientId: string, scope: string) {
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash("sha256").update(verifier).digest());
  const params = new URLSearchParams({
    client_id: clientId,
    response_type: "code",
    redirect_uri: CALLBACK,
    scope,
    state: "console-state",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  const authorizeUrl = `/api/auth/oauth2/authorize?${params}`;
  // With the browser's cookies but without following redirects: a grant that needs no consent
  // redirects straight to the client, which Chromium cannot reach (and routing does not see
  // a navigation's server redirect).
  const first = await page.request.get(authorizeUrl, { maxRedirects: 0 });
  const location = first.headers().location ?? "";
  let url: URL;
  let askedConsent = false;
  if (location.startsWith(CALLBACK)) {
    url = new URL(location);
  } else {
    const reached = new Promise<URL>((resolve) => {
      void page.route(`${CALLBACK}**`, (route) => {
        resolve(new URL(route.request().url()));
        void route.fulfill({ status: 200, body: "callback reached" });
      });
    });
    await page.goto(authorizeUrl);
    await page.getByRole("button", { name: "Allow" }).click();
    askedConsent = true;
    url = await reached;
    await page.unroute(`${CALLBACK}**`);
  }
  const code = url.searchParams.get("code");
  expect(code, url.toString()).toBeTruthy();
  return { code: code!, verifier, askedConsent };
}

export type TokenResponse = {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
};

export async function tokenRequest(params: Record<string, string>) {
  return fetch(`${baseURL()}/api/auth/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params),
  });
}

export async function redeemCode(clientId: string, code: string, verifier: string) {
  const res = await tokenRequest({
    grant_type: "authorization_code",
    client_id: clientId,
    code,
    code_verifier: verifier,
    redirect_uri: CALLBACK,
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as TokenResponse;
}

/** Count of audit rows of the given types written at or after `since`. */
export async function auditCount(sql: postgres.Sql, types: readonly string[], since: Date) {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from audit_event where type = any(${types as string[]}) and created_at >= ${since}`;
  return row.n;
}

/** The audit rows of a type about a target, oldest first. */
export async function auditRows(sql: postgres.Sql, type: string, targetId: string) {
  return sql<
    {
      actor_id: string | null;
      actor_label: string | null;
      target_label: string | null;
      details: unknown;
    }[]
  >`
    select actor_id, actor_label, target_label, details from audit_event
    where type = ${type} and target_id = ${targetId} order by created_at`;
}

export type { Browser };
