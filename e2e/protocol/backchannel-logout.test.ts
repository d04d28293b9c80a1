import { createServer, type Server } from "node:http";
import * as jose from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, INITIAL_ACCESS_TOKEN } from "./global-setup";
import { Browser, CALLBACK, codeFlow, newUser, signIn, signUp } from "./helpers";
import { registerTestClient, rpConfig, testClientMetadata } from "./oauth-client";
import { startOwnServer, type OwnServer } from "./own-server";

/**
 * OIDC Back-Channel Logout 1.0 (issue 11): a client with a `backchannel_logout_uri` that holds a
 * token of a session receives a signed logout token when that session ends, whichever way it
 * ends. The receiver is a node:http server on loopback, which the server may reach only with
 * OUTBOUND_ALLOW_PRIVATE_NETWORKS=true; every token is checked with jose against the JWKS.
 */
const EVENT = "http://schemas.openid.net/event/backchannel-logout";
const POST_LOGOUT = "http://127.0.0.1:9876/signed-out";

let own: OwnServer;
let receiver: Server;
let receiverUrl: string;
/** Logout tokens received, per path; `behaviour` decides how each path answers. */
const received = new Map<string, string[]>();
const behaviour = new Map<string, "ok" | "fail-once" | "hang">();
/** Unanswered requests the server gave up on (closed its end), per path. */
const abandoned = new Map<string, number>();

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      const tokens = [
        ...(received.get(path) ?? []),
        new URLSearchParams(body).get("logout_token") ?? "",
      ];
      received.set(path, tokens);
      const mode = behaviour.get(path) ?? "ok";
      if (mode === "hang") {
        // Never answers: only the server's deadline ends the attempt.
        res.on("close", () => abandoned.set(path, (abandoned.get(path) ?? 0) + 1));
        return;
      }
      res.writeHead(mode === "fail-once" && tokens.length === 1 ? 503 : 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  own = await startOwnServer("gatehouse_bcl", {
    OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
    LOG_LEVEL: "info",
  });
});

afterAll(async () => {
  receiver?.closeAllConnections();
  receiver?.close();
  await own?.stop();
});

let clients = 0;

/**
 * A relying party with a back-channel logout URI on the receiver. The provider's registration
 * accepts only public https URIs (docs/library-facts.md#fact-75), so the client registers one and
 * the test points it at the loopback receiver, as a private deployment's database would hold it.
 */
async function relyingPartyWithReceiver(mode: "ok" | "fail-once" | "hang" = "ok") {
  const path = `/logout/${++clients}`;
  behaviour.set(path, mode);
  const client = await registerTestClient(
    own.base,
    {
      client_name: "Back-channel RP",
      ...testClientMetadata(CALLBACK),
      post_logout_redirect_uris: [POST_LOGOUT],
      backchannel_logout_uri: "https://rp.example.com/backchannel",
      backchannel_logout_session_required: true,
    },
    INITIAL_ACCESS_TOKEN,
  );
  await own.sql`update oauth_client set backchannel_logout_uri = ${receiverUrl + path}
    where client_id = ${client.client_id}`;
  return { client, config: await rpConfig(client, own.base), path };
}

/** A new user signed in to the relying party: their browser, id and ID token claims. */
async function signedInUser(config: oidc.Configuration) {
  const browser = new Browser(own.base);
  const user = await signUp(browser, newUser());
  const { tokens } = await codeFlow(config, browser, { consent: "accept" });
  return { browser, user, tokens, claims: tokens.claims()! };
}

async function adminBrowser() {
  const admin = new Browser(own.base);
  await signIn(admin, ADMIN);
  return admin;
}

/** Waits for the receiver's n-th token on `path` (the delivery runs in the background). */
async function logoutTokenAt(path: string, n = 1) {
  await expect
    .poll(() => received.get(path)?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(n);
  return received.get(path)![n - 1]!;
}

/** Verifies a logout token as an RP must (OIDC BCL §2.6) with jose against the JWKS. */
async function verifyLogoutToken(token: string, clientId: string) {
  const { payload, protectedHeader } = await jose.jwtVerify(
    token,
    jose.createRemoteJWKSet(new URL(`${own.base}/api/auth/jwks`)),
    { issuer: `${own.base}/api/auth`, audience: clientId, typ: "logout+jwt" },
  );
  expect(protectedHeader.alg).toBe("RS256");
  expect(payload.events).toEqual({ [EVENT]: {} });
  expect(payload).not.toHaveProperty("nonce");
  expect(payload.jti).toEqual(expect.any(String));
  expect(payload.iat).toEqual(expect.any(Number));
  return payload;
}

async function expectLogoutFor(
  path: string,
  rp: { client: { client_id: string } },
  user: { id: string },
  claims: oidc.IDToken,
) {
  const payload = await verifyLogoutToken(await logoutTokenAt(path), rp.client.client_id);
  expect(payload.sub).toBe(user.id);
  expect(payload.sid).toBe(claims.sid);
  return payload;
}

describe("back-channel logout", () => {
  it("discovery advertises back-channel logout with sessions", async () => {
    const doc = (await (
      await fetch(`${own.base}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(doc.backchannel_logout_supported).toBe(true);
    expect(doc.backchannel_logout_session_supported).toBe(true);
  });

  it("RP-initiated logout sends a logout token with sub and sid", async () => {
    const rp = await relyingPartyWithReceiver();
    const { browser, user, tokens, claims } = await signedInUser(rp.config);
    const res = await browser.get(
      oidc
        .buildEndSessionUrl(rp.config, {
          id_token_hint: tokens.id_token!,
          post_logout_redirect_uri: POST_LOGOUT,
        })
        .toString(),
    );
    expect(res.status).toBe(302);
    await expectLogoutFor(rp.path, rp, user, claims);
  });

  it("sign-out sends a logout token and revokes the session's tokens", async () => {
    const rp = await relyingPartyWithReceiver();
    const { browser, user, tokens, claims } = await signedInUser(rp.config);
    expect((await browser.post("/api/auth/sign-out", {})).status).toBe(200);
    await expectLogoutFor(rp.path, rp, user, claims);
    const introspection = await oidc.tokenIntrospection(rp.config, tokens.access_token);
    expect(introspection.active).toBe(false);
  });

  it.each([
    ["an admin ending the user's sessions", "/api/auth/admin/revoke-user-sessions"],
    ["banning the user", "/api/auth/admin/ban-user"],
    ["deleting the account", "/api/auth/admin/remove-user"],
  ])("%s sends a logout token", async (_, endpoint) => {
    const rp = await relyingPartyWithReceiver();
    const { user, claims } = await signedInUser(rp.config);
    const admin = await adminBrowser();
    const res = await admin.post(endpoint, { userId: user.id });
    expect(res.status).toBe(200);
    await expectLogoutFor(rp.path, rp, user, claims);
  });

  it("a password change that signs out the other sessions sends a logout token", async () => {
    const rp = await relyingPartyWithReceiver();
    const { user, claims } = await signedInUser(rp.config);
    const other = new Browser(own.base);
    await signIn(other, { email: user.email, password: user.password });
    const res = await other.post("/api/auth/change-password", {
      currentPassword: user.password,
      newPassword: "another-horse-battery",
      revokeOtherSessions: true,
    });
    expect(res.status).toBe(200);
    await expectLogoutFor(rp.path, rp, user, claims);
  });

  it("retries a receiver that fails, and logs each attempt without the token", async () => {
    const rp = await relyingPartyWithReceiver("fail-once");
    const { browser, user, claims } = await signedInUser(rp.config);
    expect((await browser.post("/api/auth/sign-out", {})).status).toBe(200);
    const retried = await logoutTokenAt(rp.path, 2);
    // Two deliveries, both ours (the log lines below): the provider's own delivery is off (fact 75).
    expect(received.get(rp.path)).toHaveLength(2);
    const payload = await verifyLogoutToken(retried, rp.client.client_id);
    expect(payload.sid).toBe(claims.sid);
    expect(payload.sub).toBe(user.id);
    // The log is written in batches (lib/operations/logger.ts): wait for both lines.
    const attemptLines = () =>
      own.server
        .output()
        .split("\n")
        .filter(
          (line) => line.includes('"backchannel_logout"') && line.includes(rp.client.client_id),
        );
    await expect
      .poll(() =>
        attemptLines().some((l) => l.includes('"status":200') && l.includes('"attempt":2')),
      )
      .toBe(true);
    const attempts = attemptLines();
    expect(attempts.some((l) => l.includes('"status":503') && l.includes('"attempt":1'))).toBe(
      true,
    );
    expect(own.server.output()).not.toContain(retried);
  });

  it("a receiver that never answers does not hold up the sign-out", async () => {
    const rp = await relyingPartyWithReceiver("hang");
    const { browser } = await signedInUser(rp.config);
    const res = await browser.post("/api/auth/sign-out", {});
    expect(res.status).toBe(200);
    // Signed out while no attempt has ended yet: the sign-out did not wait for the receiver.
    expect(abandoned.get(rp.path) ?? 0).toBe(0);
    const session = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(await session.json()).toBeNull();
    await logoutTokenAt(rp.path);
  });
});
