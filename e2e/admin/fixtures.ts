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
import type postgres from "postgres";
import {
  ADMIN,
  PASSWORD,
  baseUrl,
  connect,
  issuer,
  newEmail,
  signUpOnPage,
  signUpWith,
  type TestUser as AccountUser,
} from "../fixtures";

export { expect };

export type TestUser = AccountUser & {
  /** Cookies of the session the sign-up opened (a browser context can start from it). */
  storageState: Awaited<ReturnType<APIRequestContext["storageState"]>>;
};

/** An API client that sends the same-origin `Origin` header Better Auth expects on writes. */
export async function apiClient(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  /** A user's cookies, or the path of a saved storage state (the admin's). */
  storageState?: TestUser["storageState"] | string,
) {
  return playwright.request.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { origin: baseUrl() },
    storageState,
  });
}

type Worker = { sql: postgres.Sql; adminState: string };
type Fixtures = {
  createUser: (name?: string, tag?: string) => Promise<TestUser>;
  contextOf: (user: TestUser) => Promise<BrowserContext>;
};

/**
 * Admin specs: the admin signs in once per worker and every test's `page` starts from that
 * storage state; `sql` reads the test database (audit rows) directly; `createUser` signs other
 * users up and `contextOf` opens a browser context as one of them.
 */
export const test = base.extend<Fixtures, Worker>({
  sql: [
    async ({}, provide) => {
      const sql = connect(undefined, 2);
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
      const file = path.join(dir, `admin-${workerInfo.workerIndex}.json`);
      await api.storageState({ path: file });
      await api.dispose();
      await provide(file);
    },
    { scope: "worker" },
  ],
  storageState: ({ adminState }, provide) => provide(adminState),
  createUser: async ({ playwright }, provide) => {
    await provide(async (name = "Console Test User", tag = "console") => {
      const api = await apiClient(playwright);
      const user = await signUpWith(api, { name, email: newEmail(tag), password: PASSWORD });
      const storageState = await api.storageState();
      await api.dispose();
      return { ...user, storageState };
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

export const main = (page: Page) => page.getByRole("main");

/** A fresh user signed up through the sign-up page in a new browser context (not the admin's). */
export async function newUserPage(browser: Browser, name: string) {
  const context = await browser.newContext({ baseURL: baseUrl(), storageState: undefined });
  const page = await context.newPage();
  const email = newEmail("rp-user");
  await page.goto("/sign-up");
  await signUpOnPage(page, { name, email, password: PASSWORD });
  await page.waitForURL("**/account");
  return { page, email, close: () => context.close() };
}

export type Kind =
  | "Web app"
  | "Single-page app"
  | "Native / CLI"
  | "TV / limited-input device"
  | "Machine-to-machine";

/** Creates a client through the New client form; returns its ID and (once) its secret. */
export async function createClient(
  page: Page,
  {
    kind,
    name,
    redirectUris = [],
    scopes = [],
  }: { kind: Kind; name: string; redirectUris?: string[]; scopes?: string[] },
) {
  await page.goto("/admin/clients/new");
  await page.getByRole("radio", { name: new RegExp(`^${kind.replace("/", "\\/")}`) }).check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  if (redirectUris.length)
    await page.getByLabel("Redirect URIs", { exact: true }).fill(redirectUris.join("\n"));
  for (const scope of scopes)
    await page.getByRole("checkbox", { name: scope, exact: true }).check();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { name: "Client created" })).toBeVisible();
  const href = await page.getByRole("link", { name: "Open client settings" }).getAttribute("href");
  const clientId = decodeURIComponent(href!.split("/").pop()!);
  const secretBox = page.getByLabel("Client secret");
  const secret = (await secretBox.count()) ? await secretBox.inputValue() : undefined;
  return { clientId, secret, name };
}

/** RFC 6749 §4.4 with client_secret_basic, straight to the token endpoint. */
export async function clientCredentials(
  clientId: string,
  secret: string,
  params: Record<string, string> = {},
) {
  const basic = `${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`;
  const res = await fetch(`${issuer()}/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(basic).toString("base64")}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read", ...params }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
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
