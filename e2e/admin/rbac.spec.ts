import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { ADMIN_EVENT_TYPES } from "../../lib/audit-events";
import { authorizeInBrowser, callAction, registerPublicClient, serverActions } from "../fixtures";
import { apiClient, expect, test, type TestUser } from "./fixtures";

const ROOT = path.resolve(__dirname, "../..");

type Ids = {
  userId: string;
  messageId: string;
  clientId: string;
  resourceId: string;
  organizationId: string;
  providerId: string;
};

/**
 * Every admin page, as a route pattern → a concrete URL with real ids. A new page under
 * app/admin must be added here (the first test fails until it is).
 */
const ADMIN_ROUTES: Record<string, (ids: Ids) => string> = {
  "/admin": () => "/admin",
  "/admin/audit": () => "/admin/audit?type=user.sign_in",
  "/admin/consents": () => "/admin/consents",
  "/admin/keys": () => "/admin/keys",
  "/admin/outbox": () => "/admin/outbox",
  "/admin/outbox/[messageId]": (ids) => `/admin/outbox/${ids.messageId}`,
  "/admin/users": () => "/admin/users",
  "/admin/users/[userId]": (ids) => `/admin/users/${ids.userId}`,
  "/admin/clients": () => "/admin/clients",
  "/admin/clients/new": () => "/admin/clients/new",
  "/admin/clients/[clientId]": (ids) => `/admin/clients/${ids.clientId}`,
  "/admin/clients/[clientId]/resources": (ids) => `/admin/clients/${ids.clientId}/resources`,
  "/admin/clients/[clientId]/consents": (ids) => `/admin/clients/${ids.clientId}/consents`,
  "/admin/resources": () => "/admin/resources",
  "/admin/resources/new": () => "/admin/resources/new",
  "/admin/resources/[resourceId]": (ids) => `/admin/resources/${ids.resourceId}`,
  "/admin/organizations": () => "/admin/organizations",
  "/admin/branding": () => "/admin/branding",
  "/admin/organizations/[organizationId]": (ids) => `/admin/organizations/${ids.organizationId}`,
  "/admin/identity-providers": () => "/admin/identity-providers",
  "/admin/identity-providers/new": () => "/admin/identity-providers/new",
  "/admin/identity-providers/[providerId]": (ids) => `/admin/identity-providers/${ids.providerId}`,
};

/** Page routes under app/admin in the source tree (route groups dropped). */
function adminPagesInSource(dir = path.join(ROOT, "app/admin"), route = "/admin"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") found.push(route);
    if (entry.isDirectory() && !entry.name.startsWith("_")) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...adminPagesInSource(path.join(dir, entry.name), route + segment));
    }
  }
  return found;
}

/** The URL of the page whose worker holds the action, with real ids in dynamic segments. */
function workerUrl(worker: string, ids: Ids) {
  const route = `/${worker}`.replace(/^\/app/, "").replace(/\/page$/, "") || "/admin";
  const pattern = route.replace(/\/\([^/]+\)/g, "");
  return ADMIN_ROUTES[pattern]?.(ids) ?? pattern.replace(/\[[^\]]+\]/g, ids.userId);
}

test.describe("admin console access control", () => {
  test("every page under app/admin is in the RBAC route table", () => {
    const missing = adminPagesInSource().filter((route) => !(route in ADMIN_ROUTES));
    expect(missing, "add these routes to ADMIN_ROUTES").toEqual([]);
  });

  let ids: Ids;
  let victim: TestUser;
  let caller: TestUser;

  test.beforeEach(async ({ createUser, sql, playwright }) => {
    victim = await createUser("RBAC Victim");
    caller = await createUser("RBAC Caller");
    const client = await registerPublicClient(`RBAC client ${randomUUID()}`);
    const api = await apiClient(playwright);
    await api.post("/api/auth/request-password-reset", {
      data: { email: victim.email, redirectTo: "/reset-password" },
    });
    await api.dispose();
    const [message] = await sql<{ id: string }[]>`
      select id from mail_outbox where recipient = ${victim.email} limit 1`;
    expect(message, "password-reset mail in the outbox").toBeTruthy();
    const resourceId = `rbac-${randomUUID()}`;
    await sql`insert into oauth_resource (id, identifier, name, created_at, updated_at)
      values (${resourceId}, ${`https://${resourceId}.example.test`}, 'RBAC resource', now(), now())`;
    const organizationId = `rbac-org-${randomUUID()}`;
    await sql`insert into organization (id, name, slug, created_at)
      values (${organizationId}, 'RBAC org', ${organizationId}, now())`;
    await sql`insert into member (id, organization_id, user_id, role, created_at)
      values (${randomUUID()}, ${organizationId}, ${victim.id}, 'owner', now())`;
    const providerId = `rbac-idp-${randomUUID()}`;
    await sql`insert into sso_provider (id, issuer, oidc_config, provider_id, domain, name)
      values (${providerId}, 'https://idp.example.test', '{"clientId":"rbac"}', ${providerId},
        'idp.example.test', 'RBAC provider')`;
    ids = {
      providerId,
      userId: victim.id,
      messageId: message!.id,
      clientId: client.client_id,
      resourceId,
      organizationId,
    };
  });

  test("signed-in non-admins and anonymous visitors never get an admin page", async ({
    playwright,
  }) => {
    const member = await apiClient(playwright, caller.storageState);
    const anonymous = await apiClient(playwright);
    for (const [pattern, toUrl] of Object.entries(ADMIN_ROUTES)) {
      const url = toUrl(ids);
      const asMember = await member.get(url, { maxRedirects: 0 });
      expect(asMember.status(), `${pattern} as a non-admin`).toBe(404);
      expect(await asMember.text(), pattern).not.toContain('aria-label="Admin"');

      const asAnonymous = await anonymous.get(url, { maxRedirects: 0 });
      const status = asAnonymous.status();
      if (status >= 300 && status < 400) {
        expect(asAnonymous.headers().location, pattern).toMatch(/^(https?:\/\/[^/]+)?\/sign-in/);
      } else {
        expect(status, `${pattern} anonymously`).toBe(404);
        expect(await asAnonymous.text(), pattern).not.toContain('aria-label="Admin"');
      }
    }
    await member.dispose();
    await anonymous.dispose();
  });

  test("every admin server action refuses non-admins and anonymous callers and changes nothing", async ({
    playwright,
    sql,
    browser,
    adminState,
  }) => {
    const actions = serverActions("app/admin/");
    expect(actions.length, "the build's manifest lists admin server actions").toBeGreaterThan(0);

    // The victim consents to the client, so a revoke would have something to remove.
    const victimContext = await browser.newContext({ storageState: victim.storageState });
    await authorizeInBrowser(await victimContext.newPage(), ids.clientId, "openid");
    await victimContext.close();

    const marker = `rbac-probe-${randomUUID()}`;
    const fields: Record<string, string> = {
      userId: victim.id,
      admin: "true",
      reason: marker,
      days: "1",
      confirmEmail: victim.email,
      clientId: ids.clientId,
      resourceId: ids.resourceId,
      organizationId: ids.organizationId,
      returnTo: "/admin/consents",
      // likely fields of the client and resource forms
      id: ids.clientId,
      name: marker,
      clientName: marker,
      productName: marker,
      redirectUris: "http://127.0.0.1:9876/callback",
      scope: "openid",
      scopes: "openid",
      identifier: `https://${marker}.example.test`,
      confirm: "delete",
    };
    const started = new Date(Date.now() - 1000);
    const before = await victimState(sql, victim.id, ids.clientId, ids.organizationId);

    const member = await apiClient(playwright, caller.storageState);
    const anonymous = await apiClient(playwright);
    for (const action of actions) {
      const url = workerUrl(action.worker, ids);
      for (const [who, api] of [
        ["non-admin", member],
        ["anonymous", anonymous],
      ] as const) {
        for (const withState of [false, true]) {
          // Next 16 answers an action that calls notFound() (requireAdmin) with HTTP 404 and
          // the not-found page's RSC payload; the action's result never reaches the caller.
          const res = await callAction(api, url, action.id, fields, withState);
          expect(res.status(), `${action.name} as ${who} at ${url}`).toBe(404);
          expect(res.headers()["x-action-redirect"], action.name).toBeUndefined();
        }
      }
    }
    await member.dispose();
    await anonymous.dispose();

    expect(await victimState(sql, victim.id, ids.clientId, ids.organizationId)).toEqual(before);
    const [{ n: adminEvents } = { n: -1 }] = await sql<{ n: number }[]>`
      select count(*)::int as n from audit_event
      where type = any(${ADMIN_EVENT_TYPES}) and created_at >= ${started}
        and (actor_id is null or actor_id = ${caller.id}
             or target_id = any(${[victim.id, ids.clientId, ids.resourceId, ids.organizationId]}))`;
    expect(adminEvents).toBe(0);
    // A key created meanwhile must come from an admin's rotation (another spec may rotate).
    const [{ n: strayKeys } = { n: -1 }] = await sql<{ n: number }[]>`
      select count(*)::int as n from jwks k where k.created_at >= ${started}
        and not exists (select 1 from audit_event a where a.type = 'key.rotated'
          and a.target_id = k.id and a.actor_id is not null and a.actor_id <> ${caller.id})`;
    expect(strayKeys).toBe(0);
    const [{ n: probes } = { n: -1 }] = await sql<{ n: number }[]>`
      select (select count(*) from oauth_client where name = ${marker})::int
           + (select count(*) from oauth_resource where name = ${marker})::int
           + (select count(*) from branding where product_name = ${marker})::int as n`;
    expect(probes).toBe(0);

    // The same encoding works for an admin: the probe is a real call, not a malformed one.
    const target = victim.id;
    const admin = await apiClient(playwright, adminState);
    const revoke = actions.find((a) => a.name.endsWith("#revokeUserSessions"))!;
    const res = await callAction(admin, workerUrl(revoke.worker, ids), revoke.id, fields, true);
    expect(res.status()).toBeLessThan(400);
    const [{ n: sessions } = { n: -1 }] = await sql<{ n: number }[]>`
      select count(*)::int as n from session where user_id = ${target}`;
    expect(sessions).toBe(0);
    await admin.dispose();
  });
});

async function victimState(
  sql: import("postgres").Sql,
  userId: string,
  clientId: string,
  organizationId: string,
): Promise<Record<string, unknown>> {
  const [user] = await sql`select role, banned, ban_reason from "user" where id = ${userId}`;
  const [{ sessions } = { sessions: -1 }] = await sql`
    select count(*)::int as sessions from session where user_id = ${userId}`;
  const [{ consents } = { consents: -1 }] = await sql`
    select count(*)::int as consents from oauth_consent
    where user_id = ${userId} and client_id = ${clientId}`;
  const [{ members } = { members: -1 }] = await sql`
    select count(*)::int as members from member where organization_id = ${organizationId}`;
  return { user: user ? { ...user } : null, sessions, consents, members };
}
