import { randomUUID } from "node:crypto";
import * as jose from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, INITIAL_ACCESS_TOKEN, TEST_SECRET } from "./global-setup";
import {
  Browser,
  CALLBACK,
  authorizationRequest,
  followAuthorization,
  newUser,
  signUp,
} from "./helpers";
import { registerTestClient, rpConfig, testClientMetadata } from "./oauth-client";
import { createDatabase, startServer, type RunningServer } from "./server";
import { startBalancer, startRedis } from "./services";

/**
 * Two production instances on one PostgreSQL database and one Redis behind a load balancer
 * (both configured with the balancer's origin as BETTER_AUTH_URL). Each test moves a flow from
 * one instance to the other and checks that the second sees what the first did.
 */
const TOKEN_LIMIT = 20;

let redis: Awaited<ReturnType<typeof startRedis>>;
let database: Awaited<ReturnType<typeof createDatabase>>;
let lb: Awaited<ReturnType<typeof startBalancer>>;
const servers: Record<"a" | "b", RunningServer> = {} as never;

beforeAll(async () => {
  database = await createDatabase("gatehouse_scale");
  redis = await startRedis();
  lb = await startBalancer();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    BETTER_AUTH_URL: lb.url,
    BETTER_AUTH_SECRET: TEST_SECRET,
    INITIAL_ACCESS_TOKEN,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_CLIENTS: "false",
    RATE_LIMIT_ENABLED: "true",
    SIGNING_KEY_CACHE_SECONDS: "1",
    // The balancer is the trusted proxy: its X-Forwarded-For is the client address.
    TRUSTED_PROXIES: "127.0.0.1,::1",
    RATE_LIMIT_TOKEN: String(TOKEN_LIMIT),
  };
  // One after the other: the first applies the migrations and creates the admin.
  servers.a = await startServer(env);
  servers.b = await startServer(env);
  lb.add("a", Number(new URL(servers.a.baseUrl).port));
  lb.add("b", Number(new URL(servers.b.baseUrl).port));
});

afterAll(async () => {
  await servers.a?.stop();
  await servers.b?.stop();
  await lb?.close();
  await redis?.stop();
  await database?.drop();
});

// Each test is one client address, so rate limits of one test do not reach the next.
let clients = 0;
beforeEach(() => {
  lb.from(`198.51.100.${++clients}`);
  lb.use("a");
});

const on = (name: "a" | "b") => lb.use(name);

async function relyingParty(metadata: Record<string, unknown> = {}) {
  const client = await registerTestClient(
    lb.url,
    { client_name: "Scale RP", ...testClientMetadata(CALLBACK), ...metadata },
    INITIAL_ACCESS_TOKEN,
  );
  return { client, config: await rpConfig(client, lb.url) };
}

/** Authorization on `authorizeOn`, code redeemed on `redeemOn`. */
async function codeFlowAcross(authorizeOn: "a" | "b", redeemOn: "a" | "b") {
  const { client, config } = await relyingParty();
  const user = await signUp(new Browser(lb.url), newUser());
  on(authorizeOn);
  const state = oidc.randomState();
  const { url, verifier } = await authorizationRequest(config, {
    scope: "openid offline_access",
    prompt: "consent",
    state,
  });
  const flow = await followAuthorization(new Browser(lb.url), url, { user, consent: "accept" });
  on(redeemOn);
  const tokens = await oidc.authorizationCodeGrant(config, flow.url, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  return { client, config, tokens, user };
}

async function adminBrowser() {
  const admin = new Browser(lb.url);
  const res = await admin.post("/api/auth/sign-in/email", ADMIN);
  expect(res.status).toBe(200);
  return admin;
}

/** The admin's POST of `body` to `path` through instance A, which must succeed. */
async function asAdminOnA(path: string, body: Record<string, unknown>) {
  on("a");
  const admin = await adminBrowser();
  const res = await admin.post(path, body);
  expect(res.status).toBe(200);
  return res;
}

describe("two instances on one database and one Redis", () => {
  it("redeems on B a code issued on A", async () => {
    const { tokens } = await codeFlowAcross("a", "b");
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.id_token).toBeTruthy();
  });

  it("refreshes on B after a rotation on A, and B refuses the rotated token", async () => {
    const { config, tokens } = await codeFlowAcross("a", "a");
    const rotated = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    on("b");
    const again = await oidc.refreshTokenGrant(config, rotated.refresh_token!);
    expect(again.access_token).toBeTruthy();
    const replay = oidc.refreshTokenGrant(config, tokens.refresh_token!);
    await expect(replay).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("sees on B at once a revocation made on A", async () => {
    const { config, tokens } = await codeFlowAcross("a", "a");
    on("b");
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(true);
    on("a");
    await oidc.tokenRevocation(config, tokens.access_token);
    on("b");
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
  });

  it("ends on B the session of a user banned on A", async () => {
    on("b");
    const browser = new Browser(lb.url);
    const user = await signUp(browser, newUser());
    const before = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(await before.json()).toMatchObject({ user: { id: user.id } });
    await asAdminOnA("/api/auth/admin/ban-user", { userId: user.id });
    on("b");
    const after = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(await after.json()).toBeNull();
  });

  it("ends on B a session revoked on A", async () => {
    on("b");
    const browser = new Browser(lb.url);
    const user = await signUp(browser, newUser());
    await asAdminOnA("/api/auth/admin/revoke-user-sessions", { userId: user.id });
    on("b");
    const after = await browser.get("/api/auth/get-session", { accept: "application/json" });
    expect(await after.json()).toBeNull();
  });

  it("signs on B with a key rotated on A, and both publish the same JWKS", async () => {
    const jwks = async (name: "a" | "b") =>
      (await (await fetch(`${servers[name].baseUrl}/api/auth/jwks`)).json()) as {
        keys: { kid: string }[];
      };
    // The first ID token creates the first key if none exists yet.
    await codeFlowAcross("a", "a");
    const before = new Set((await jwks("a")).keys.map((k) => k.kid));

    on("a");
    const admin = await adminBrowser();
    await rotateKeyInConsole(admin);
    const rotated = (await jwks("a")).keys.map((k) => k.kid).filter((kid) => !before.has(kid));
    expect(rotated).toHaveLength(1);

    // Bound: SIGNING_KEY_CACHE_SECONDS (1 s here, 60 s by default): B reads the keys again then.
    const published = await jwks("a");
    await expect.poll(() => jwks("b"), { timeout: 10_000 }).toEqual(published);
    const { tokens } = await codeFlowAcross("b", "b");
    expect(jose.decodeProtectedHeader(tokens.id_token!).kid).toBe(rotated[0]);
  });

  it("refuses on B at once the old secret of a client rotated on A (client cache, Redis)", async () => {
    const machine = await registerTestClient(
      lb.url,
      { client_name: "Rotated machine", grant_types: ["client_credentials"], scope: "api:read" },
      INITIAL_ACCESS_TOKEN,
    );
    const grant = async (secret: string) =>
      oidc.clientCredentialsGrant(await rpConfig({ ...machine, client_secret: secret }, lb.url), {
        scope: "api:read",
      });
    // B reads the client and keeps it in its cache (docs/library-facts.md#fact-100).
    on("b");
    expect((await grant(machine.client_secret!)).access_token).toBeTruthy();
    const rotated = await asAdminOnA("/api/auth/oauth2/client/rotate-secret", {
      client_id: machine.client_id,
    });
    const { client_secret: fresh } = (await rotated.json()) as { client_secret: string };
    on("b");
    // 401 with a Basic challenge (openid-client surfaces the challenge, not the body).
    await expect(grant(machine.client_secret!)).rejects.toMatchObject({ status: 401 });
    expect((await grant(fresh)).access_token).toBeTruthy();
  });

  it("counts sign-in attempts across both instances", async () => {
    const attempt = async (name: "a" | "b") => {
      on(name);
      const res = await fetch(`${lb.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: lb.url },
        body: JSON.stringify({ email: "nobody@example.test", password: "wrong-password-1" }),
      });
      return res.status;
    };
    // Better Auth's sign-in rule: three attempts per ten seconds and address.
    expect([await attempt("a"), await attempt("b"), await attempt("a")]).toEqual([401, 401, 401]);
    expect(await attempt("b")).toBe(429);
  });

  it("counts token requests across both instances", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= TOKEN_LIMIT; i++) {
      on(i % 2 === 0 ? "a" : "b");
      const res = await fetch(`${lb.url}/api/auth/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "authorization_code", code: "nothing" }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, TOKEN_LIMIT).every((s) => s !== 429)).toBe(true);
    expect(statuses[TOKEN_LIMIT]).toBe(429);
  });

  it("refuses on B a DPoP proof already used on A", async () => {
    const machine = await registerTestClient(
      lb.url,
      { client_name: "DPoP machine", grant_types: ["client_credentials"], scope: "api:read" },
      INITIAL_ACCESS_TOKEN,
    );
    const { publicKey, privateKey } = await jose.generateKeyPair("ES256");
    const proof = await new jose.SignJWT({
      htm: "POST",
      htu: `${lb.url}/api/auth/oauth2/token`,
      jti: randomUUID(),
    })
      .setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: await jose.exportJWK(publicKey) })
      .setIssuedAt()
      .sign(privateKey);
    const send = () =>
      fetch(`${lb.url}/api/auth/oauth2/token`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${btoa(`${machine.client_id}:${machine.client_secret}`)}`,
          dpop: proof,
        },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read" }),
      });
    on("a");
    expect((await send()).status).toBe(200);
    on("b");
    const replay = await send();
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_dpop_proof" });
  });

  it("refuses on B a private_key_jwt client assertion already used on A", async () => {
    const { publicKey, privateKey } = await jose.generateKeyPair("ES256");
    const machine = await registerTestClient(
      lb.url,
      {
        client_name: "Assertion machine",
        grant_types: ["client_credentials"],
        scope: "api:read",
        token_endpoint_auth_method: "private_key_jwt",
        jwks: { keys: [{ ...(await jose.exportJWK(publicKey)), alg: "ES256", use: "sig" }] },
      },
      INITIAL_ACCESS_TOKEN,
    );
    const assertion = await new jose.SignJWT({ jti: randomUUID() })
      .setProtectedHeader({ alg: "ES256" })
      .setIssuer(machine.client_id)
      .setSubject(machine.client_id)
      .setAudience(`${lb.url}/api/auth/oauth2/token`)
      .setIssuedAt()
      .setExpirationTime("2m")
      .sign(privateKey);
    const send = () =>
      fetch(`${lb.url}/api/auth/oauth2/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          scope: "api:read",
          client_id: machine.client_id,
          client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
          client_assertion: assertion,
        }),
      });
    on("a");
    const first = await send();
    expect(first.status, await first.clone().text()).toBe(200);
    on("b");
    const replay = await send();
    expect(replay.status).toBe(400); // docs/library-facts.md, fact 28: 400, not 401
    expect(await replay.json()).toMatchObject({ error: "invalid_client" });
  });
});

/**
 * Presses "Rotate now" on /admin/keys as a browser without JavaScript does: the server action's
 * form carries its own hidden fields, posted back as multipart form data.
 */
async function rotateKeyInConsole(admin: Browser) {
  const page = await admin.get("/admin/keys");
  expect(page.status).toBe(200);
  const html = await page.text();
  // The form around the "Rotate now" button (the page has other forms, such as sign-out).
  const button = html.indexOf("Rotate now");
  const form = html.slice(html.lastIndexOf("<form", button), html.indexOf("</form>", button));
  const unescape = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const body = new FormData();
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name?.startsWith("$ACTION")) body.append(unescape(name), unescape(value));
  }
  const res = await fetch(`${lb.url}/admin/keys`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: admin.cookieHeader(), origin: lb.url },
    body,
  });
  expect(
    res.status,
    await res
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBeLessThan(400);
}
