import * as oidc from "openid-client";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Browser, baseUrl, issuer, newUser, register, signUp, type User } from "./helpers";

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/** A TV app as the console's "TV / limited-input device" kind registers it: public, no redirects. */
async function registerDeviceClient() {
  const res = await register({
    client_name: "Living-room TV",
    application_type: "native",
    token_endpoint_auth_method: "none",
    grant_types: [DEVICE_GRANT, "refresh_token"],
    scope: "openid profile offline_access",
  });
  expect(res.status).toBe(201);
  const client = (await res.json()) as { client_id: string };
  const config = await oidc.discovery(new URL(issuer()), client.client_id, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  return { clientId: client.client_id, config };
}

/** One poll of the token endpoint as RFC 8628 §3.4 describes it, without a client library's retries. */
async function poll(clientId: string, deviceCode: string) {
  const res = await fetch(`${issuer()}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: DEVICE_GRANT,
      device_code: deviceCode,
      client_id: clientId,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The /device page's two calls: claim the code in the signed-in session, then decide. */
async function decide(browser: Browser, userCode: string, decision: "approve" | "deny") {
  const claim = await fetch(
    `${baseUrl()}/api/auth/device?user_code=${encodeURIComponent(userCode)}`,
    { headers: { cookie: browser.cookieHeader() } },
  );
  const claimed = (await claim.json()) as Record<string, unknown>;
  const res = await browser.post(`/api/auth/device/${decision}`, { userCode });
  return { claimed, status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("device authorization grant (RFC 8628)", () => {
  const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
  const browser = new Browser();
  let user: User & { id: string };

  beforeAll(async () => {
    user = await signUp(browser, newUser());
  });
  afterAll(() => sql.end());

  it("is advertised in discovery", async () => {
    const { config } = await registerDeviceClient();
    const metadata = config.serverMetadata();
    expect(metadata.device_authorization_endpoint).toBe(`${issuer()}/device/code`);
    expect(metadata.grant_types_supported).toContain(DEVICE_GRANT);
    const root = await (await fetch(`${baseUrl()}/.well-known/openid-configuration`)).json();
    expect(root.device_authorization_endpoint).toBe(`${issuer()}/device/code`);
  });

  it("answers authorization_pending, then slow_down, then tokens after approval; the code is single-use", async () => {
    const { clientId, config } = await registerDeviceClient();
    const response = await oidc.initiateDeviceAuthorization(config, {
      scope: "openid profile offline_access",
    });
    expect(response.verification_uri).toBe(`${baseUrl()}/device`);
    expect(response.verification_uri_complete).toBe(
      `${baseUrl()}/device?user_code=${response.user_code}`,
    );
    expect(response.interval).toBe(5);

    expect(await poll(clientId, response.device_code)).toMatchObject({
      status: 400,
      body: { error: "authorization_pending" },
    });
    // Polling again before the interval has passed (RFC 8628 §3.5).
    expect(await poll(clientId, response.device_code)).toMatchObject({
      status: 400,
      body: { error: "slow_down" },
    });

    const decision = await decide(browser, response.user_code, "approve");
    expect(decision.claimed).toMatchObject({ status: "pending", client_id: clientId });
    expect(decision).toMatchObject({ status: 200, body: { success: true } });

    // openid-client waits the interval itself and goes on polling until the grant is issued.
    const tokens = await oidc.pollDeviceAuthorizationGrant(config, response);
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.claims()?.sub).toBe(user.id);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info.name).toBe(user.name);

    // The same device code cannot be redeemed a second time.
    expect(await poll(clientId, response.device_code)).toMatchObject({
      status: 400,
      body: { error: "invalid_grant" },
    });
    const [audit] = await sql<{ actor_id: string; target_id: string }[]>`
      select actor_id, target_id from audit_event
      where type = 'device.approved' and target_id = ${clientId}`;
    expect(audit).toEqual({ actor_id: user.id, target_id: clientId });
  });

  it("answers access_denied once the user denies, and audits the denial", async () => {
    const { clientId, config } = await registerDeviceClient();
    const response = await oidc.initiateDeviceAuthorization(config, { scope: "openid" });
    expect(await decide(browser, response.user_code, "deny")).toMatchObject({ status: 200 });
    expect(await poll(clientId, response.device_code)).toMatchObject({
      status: 400,
      body: { error: "access_denied" },
    });
    const rows =
      await sql`select 1 from audit_event where type = 'device.denied' and target_id = ${clientId}`;
    expect(rows).toHaveLength(1);
  });

  it("answers expired_token for a code past its lifetime", async () => {
    const { clientId, config } = await registerDeviceClient();
    const response = await oidc.initiateDeviceAuthorization(config, { scope: "openid" });
    await sql`update device_code set expires_at = now() - interval '1 second'
              where user_code = ${response.user_code}`;
    expect(await poll(clientId, response.device_code)).toMatchObject({
      status: 400,
      body: { error: "expired_token" },
    });
  });

  it("lets only the user who claimed a code approve it", async () => {
    const { clientId, config } = await registerDeviceClient();
    const response = await oidc.initiateDeviceAuthorization(config, { scope: "openid" });
    const claim = await fetch(`${baseUrl()}/api/auth/device?user_code=${response.user_code}`, {
      headers: { cookie: browser.cookieHeader() },
    });
    expect(claim.status).toBe(200);

    const other = new Browser();
    await signUp(other, newUser());
    const attempt = await decide(other, response.user_code, "approve");
    expect(attempt.claimed).not.toHaveProperty("client_id");
    expect(attempt.status).toBe(403);
    expect(await poll(clientId, response.device_code)).toMatchObject({
      body: { error: "authorization_pending" },
    });
  });

  it("refuses a client that did not register the device grant", async () => {
    const res = await register({
      client_name: "Web only",
      application_type: "native",
      token_endpoint_auth_method: "none",
      redirect_uris: ["http://127.0.0.1/callback"],
      grant_types: ["authorization_code"],
      scope: "openid",
    });
    const { client_id } = (await res.json()) as { client_id: string };
    const answer = await fetch(`${issuer()}/device/code`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id, scope: "openid" }),
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect((await answer.json()).error).toMatch(/unauthorized_client|invalid_client/);
  });
});
