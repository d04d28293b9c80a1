import { randomUUID } from "node:crypto";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import postgres from "postgres";

export const ADMIN = { email: "admin@example.test", password: "admin-password-123" };
export const BASE_URL = () => process.env.E2E_BASE_URL!;
export const ISSUER = () => `${BASE_URL()}/api/auth`;

type WorkerFixtures = { adminStorageState: string; sql: postgres.Sql };

/**
 * Admin specs: the admin signs in once per worker (through the sign-in page) and every test
 * reuses that storage state; `sql` reads the test database (audit rows) directly.
 */
export const test = base.extend<object, WorkerFixtures>({
  adminStorageState: [
    async ({ browser }, provide, workerInfo) => {
      const file = path.join(
        workerInfo.project.outputDir,
        `.auth/admin-${workerInfo.workerIndex}.json`,
      );
      const context = await browser.newContext({ baseURL: BASE_URL() });
      const page = await context.newPage();
      await page.goto("/sign-in?redirect_to=%2Fadmin");
      await page.getByLabel("Email").fill(ADMIN.email);
      await page.getByLabel("Password").fill(ADMIN.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL("**/admin");
      await context.storageState({ path: file });
      await context.close();
      await provide(file);
    },
    { scope: "worker" },
  ],
  sql: [
    async ({}, provide) => {
      const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} });
      await provide(sql);
      await sql.end();
    },
    { scope: "worker" },
  ],
  storageState: ({ adminStorageState }, provide) => provide(adminStorageState),
});
export { expect };

export const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

export type Kind = "Web app" | "Single-page app" | "Native / CLI" | "Machine-to-machine";

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
  const res = await fetch(`${ISSUER()}/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`,
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read", ...params }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const main = (page: Page) => page.getByRole("main");
