import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as jose from "jose";
import * as oidc from "openid-client";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ADMIN,
  Browser,
  CALLBACK,
  authorizationRequest,
  baseUrl,
  codeFlow,
  followAuthorization,
  issuer,
  newUser,
  register,
  registerClient,
  relyingParty,
  rpConfig,
  signIn,
  signUp,
} from "./helpers";
import { postRegistration, registerTestClient, testClientMetadata } from "./oauth-client";
import { ROOT, createDatabase, startServer, type RunningServer } from "./server";

/**
 * Tests for docs/library-facts.md: each `describe` names the fact it proves. They pin what
 * the installed Better Auth packages do and what our workaround does about it, so that an
 * upgrade or a refactor that changes either fails here and the document gets updated.
 * Facts that other specs already prove are cited there, not repeated here.
 */

const execFileAsync = promisify(execFile);
/** A child process; its failure names the command and its stderr without stack frames. */
async function run(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  try {
    return await execFileAsync(file, args, options);
  } catch (error) {
    const { stderr = "", message } = error as { stderr?: string; message: string };
    const output = (stderr || message).replace(/^\s+at .*$/gm, "").trim();
    throw new Error(`${path.basename(file)} failed: ${output.slice(0, 2000)}`);
  }
}
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));
const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

describe("fact 1: installing better-auth with the provider plugin", () => {
  it("overrides the plugin's exactly pinned peers with the versions better-auth ships", () => {
    const overrides = readJson("package.json").overrides as Record<string, string>;
    const betterAuth = readJson("node_modules/better-auth/package.json");
    const plugin = readJson("node_modules/@better-auth/oauth-provider/package.json");
    expect(Object.keys(overrides).sort()).toEqual([
      "@better-auth/utils",
      "@better-fetch/fetch",
      "better-call",
    ]);
    for (const [name, version] of Object.entries(overrides)) {
      expect(version, name).toBe(betterAuth.dependencies[name]);
      // The reason for the override: the plugin pins an exact, different version. When this
      // fails, upstream fixed the pin and the override can go (update library fact 1).
      expect(plugin.peerDependencies[name], name).toMatch(/^\d/);
      expect(plugin.peerDependencies[name], name).not.toBe(version);
    }
  });

  it("has a lock entry for every optional dependency, so npm ci finds nothing missing", () => {
    const packages = readJson("package-lock.json").packages as Record<
      string,
      { optionalDependencies?: Record<string, string> }
    >;
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${at ? `${at}/` : ""}node_modules/${dep}`;
        if (!packages[nested] && !packages[`node_modules/${dep}`]) missing.push(dep);
      }
    }
    expect(missing, "run `npm run lock:fix` after changing dependencies").toEqual([]);
  });
});

describe("fact 2: the jwt plugin signs with RS256 under the /api/auth issuer", () => {
  it("signs ID tokens with RS256 under a kid the JWKS publishes as an RSA key", async () => {
    const { config } = await relyingParty();
    const browser = new Browser();
    await signUp(browser);
    const { tokens } = await codeFlow(config, browser, { consent: "accept" });
    const header = jose.decodeProtectedHeader(tokens.id_token!);
    expect(header.alg).toBe("RS256");
    expect(issuer()).toBe(`${baseUrl()}/api/auth`);
    const jwks = (await (await fetch(`${issuer()}/jwks`)).json()) as { keys: jose.JWK[] };
    const key = jwks.keys.find((k) => k.kid === header.kid);
    expect(key).toMatchObject({ kty: "RSA", alg: "RS256" });
    const { payload } = await jose.jwtVerify(tokens.id_token!, jose.createLocalJWKSet(jwks), {
      issuer: issuer(),
      audience: config.clientMetadata().client_id,
    });
    expect(payload.iss).toBe(issuer());
  });

  it("does not serve the jwt plugin's session-JWT route (/token is a disabled path)", async () => {
    const browser = new Browser();
    await signUp(browser);
    const res = await browser.get("/api/auth/token", { accept: "application/json" });
    expect(res.status).toBe(404);
  });
});

describe("fact 3: token shapes", () => {
  let config: oidc.Configuration;
  const browser = new Browser();

  beforeAll(async () => {
    ({ config } = await relyingParty());
    await signUp(browser);
  });

  // The ID token's standard claims: e2e/protocol/id-token-claims.test.ts (fact 30).

  it("issues an opaque access token without resource, and a refresh token only with offline_access", async () => {
    const withOffline = await codeFlow(config, browser, { consent: "accept" });
    expect(withOffline.tokens.access_token.split(".")).toHaveLength(1);
    expect(withOffline.tokens.refresh_token).toBeTruthy();

    const { tokens } = await codeFlow(config, browser, {}, { scope: "openid profile" });
    expect(tokens.scope).toBe("openid profile");
    expect(tokens.refresh_token).toBeUndefined();
  });
});

describe("fact 6: application_type web refuses loopback redirect URIs", () => {
  const web = (redirectUri: string) =>
    register({
      client_name: "Web RP",
      application_type: "web",
      redirect_uris: [redirectUri],
    });

  it.each(["http://localhost:8080/cb", "http://127.0.0.1:8080/cb", "https://localhost/cb"])(
    "refuses %s for a web client (the default type) and accepts it for native when http",
    async (uri) => {
      const res = await web(uri);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe("invalid_redirect_uri");
      const implicit = await register({ client_name: "Default type", redirect_uris: [uri] });
      expect(implicit.status).toBe(400);
      if (uri.startsWith("http:")) {
        const native = await register({ ...testClientMetadata(uri), client_name: "Native" });
        expect(native.status).toBe(201);
      }
    },
  );
});

describe("fact 8: the plugin's admin endpoints are server-only", () => {
  it("answers 404 over HTTP even to a signed-in admin", async () => {
    const browser = new Browser();
    await signIn(browser, ADMIN);
    const create = await browser.post("/api/auth/admin/oauth2/create-client", {
      client_name: "Over HTTP",
      redirect_uris: [CALLBACK],
    });
    expect(create.status).toBe(404);
    const resources = await browser.post("/api/auth/admin/oauth2/resources", {
      identifier: "https://over-http.example.test",
      name: "Over HTTP",
    });
    expect(resources.status).toBe(404);
  });
});

describe("fact 9: replaying a rotated refresh token", () => {
  it("revokes every refresh token the client holds for that user, and their access tokens", async () => {
    const browser = new Browser();
    await signUp(browser);
    const { config } = await relyingParty();
    const { config: other } = await relyingParty();
    const first = await codeFlow(config, browser, { consent: "accept" });
    const second = await codeFlow(config, browser, {});
    const elsewhere = await codeFlow(other, browser, { consent: "accept" });

    await oidc.refreshTokenGrant(config, first.tokens.refresh_token!);
    await expect(oidc.refreshTokenGrant(config, first.tokens.refresh_token!)).rejects.toMatchObject(
      { error: "invalid_grant" },
    );

    // An unrelated authorization of the same client and user dies too.
    await expect(
      oidc.refreshTokenGrant(config, second.tokens.refresh_token!),
    ).rejects.toMatchObject({ error: "invalid_grant" });
    expect((await oidc.tokenIntrospection(config, second.tokens.access_token)).active).toBe(false);
    // Another client of the same user is untouched.
    const refreshed = await oidc.refreshTokenGrant(other, elsewhere.tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
  });
});

describe("fact 14: no network fonts in the build", () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(rel);
      return /\.(ts|tsx|css)$/.test(entry.name) ? [rel] : [];
    });

  it("imports no next/font/google; the geist fonts are next/font/local files", () => {
    const offenders = ["app", "lib"]
      .flatMap(sources)
      .filter((file) => readFileSync(path.join(ROOT, file), "utf8").includes("next/font/google"));
    expect(offenders).toEqual([]);
    const layout = readFileSync(path.join(ROOT, "app/layout.tsx"), "utf8");
    expect(layout).toContain('from "geist/font/sans"');
    for (const font of ["sans", "mono"]) {
      const fontModule = readFileSync(
        path.join(ROOT, `node_modules/geist/dist/${font}.js`),
        "utf8",
      );
      expect(fontModule).toContain('from "next/font/local"');
    }
  });
});

describe("fact 19: the token endpoint checks the grant before the client", () => {
  it("answers invalid_grant, not invalid_client, for a bogus code with a wrong secret", async () => {
    const client = await registerClient();
    const res = await fetch(`${issuer()}/oauth2/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: basic(client.client_id, "wrong-secret"),
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: "not-a-code-we-issued",
        redirect_uri: CALLBACK,
        code_verifier: oidc.randomPKCECodeVerifier(),
      }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_grant");
  });
});

describe("fact 20: next build needs no secret", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("lib/env gives the build a placeholder secret, and production without one is refused", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BETTER_AUTH_SECRET", undefined);
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    vi.resetModules();
    const { env } = await import("@/lib/env");
    expect(env.BETTER_AUTH_SECRET).toMatch(/placeholder/);

    vi.stubEnv("NEXT_PHASE", undefined);
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow(/BETTER_AUTH_SECRET is required/);
  });

  it("better-auth refuses its default secret in production but accepts the placeholder", async () => {
    const script = `
      const { betterAuth } = await import("better-auth");
      for (const secret of [undefined, ${JSON.stringify("build-time-placeholder-secret-never-used-at-runtime")}]) {
        const auth = betterAuth({ baseURL: "http://localhost:3000", ...(secret ? { secret } : {}) });
        try { await auth.$context; console.log("accepted"); }
        catch (error) { console.log("refused: " + error.message); }
      }`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
    });
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^refused: You are using the default secret/),
      "accepted",
    ]);
  });
});

describe("fact 21: the Drizzle schema generated from getAuthTables", () => {
  it("db/auth-schema.ts is what scripts/generate-auth-schema.ts writes for the current options", async () => {
    // The generator writes db/auth-schema.ts under its working directory: run it elsewhere.
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-schema-"));
    mkdirSync(path.join(dir, "db"));
    try {
      const tsx = path.join(ROOT, "node_modules/.bin/tsx");
      await run(
        tsx,
        [
          "--tsconfig",
          path.join(ROOT, "tsconfig.json"),
          path.join(ROOT, "scripts/generate-auth-schema.ts"),
        ],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? "",
            NODE_ENV: "development",
            DATABASE_URL: "postgres://generate.invalid/none",
            BETTER_AUTH_SECRET: "schema-check-secret-0123456789abcdef0123",
            GATEHOUSE_DATA_DIR: path.join(dir, ".data"),
          },
        },
      );
      const target = path.join(ROOT, "db/auth-schema.ts");
      const generated = readFileSync(path.join(dir, "db/auth-schema.ts"), "utf8");
      const formatted = await prettier.format(generated, {
        ...(await prettier.resolveConfig(target)),
        filepath: target,
      });
      expect(formatted, "run `npm run db:auth-schema`").toBe(readFileSync(target, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("fact 24: cookie-authenticated organization calls", () => {
  it("are refused without an Origin header (Better Auth's CSRF check)", async () => {
    const browser = new Browser();
    await signUp(browser);
    const body = JSON.stringify({ name: "No Origin", slug: `no-origin-${randomUUID()}` });
    const res = await fetch(`${baseUrl()}/api/auth/organization/create`, {
      method: "POST",
      headers: { cookie: browser.cookieHeader(), "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe("MISSING_OR_NULL_ORIGIN");
    const withOrigin = await browser.post("/api/auth/organization/create", JSON.parse(body));
    expect(withOrigin.status).toBe(200);
  });
});

describe("fact 25: prompt=create", () => {
  it("lands on the sign-up page again after sign-up; continue({ created: true }) resumes", async () => {
    const { config } = await relyingParty();
    const browser = new Browser();
    const { url, verifier } = await authorizationRequest(config, {
      prompt: "create",
      state: "create-1",
    });
    const start = await followAuthorization(browser, url);
    expect(start.visited).toEqual(["/sign-up"]);

    const signUpRes = await browser.post("/api/auth/sign-up/email", {
      ...newUser(),
      oauth_query: start.url.search.slice(1),
    });
    expect(signUpRes.status).toBe(200);
    const afterSignUp = (await signUpRes.json()) as { redirect?: boolean; url?: string };
    expect(afterSignUp.redirect).toBe(true);
    const again = new URL(afterSignUp.url!, baseUrl());
    expect(again.pathname).toBe("/sign-up");
    expect(again.searchParams.get("prompt")?.split(" ")).toContain("create");

    const resumed = await browser.post("/api/auth/oauth2/continue", {
      created: true,
      oauth_query: again.search.slice(1),
    });
    expect(resumed.status).toBe(200);
    const next = (await resumed.json()) as { url: string };
    const end = await followAuthorization(browser, next.url, { consent: "accept" });
    expect(end.visited).toEqual(["/consent"]);
    const tokens = await oidc.authorizationCodeGrant(config, end.url, {
      pkceCodeVerifier: verifier,
      expectedState: "create-1",
    });
    expect(tokens.access_token).toBeTruthy();
  });
});

/**
 * A reverse proxy in front of a second server whose BETTER_AUTH_URL is the proxy's origin:
 * the deployment shape facts 13, 15 and 22 are about. Requests reach `next start` with the
 * proxy's Host header, as behind nginx; `down` makes the proxy answer 502 to everything.
 */
type Proxy = { origin: string; target: string; down: boolean; seen: string[]; server: Server };

async function startProxy(): Promise<Proxy> {
  const proxy = { origin: "", target: "", down: false, seen: [] as string[] } as Proxy;
  proxy.server = createServer((req, res) => {
    proxy.seen.push(`${req.method} ${req.url}`);
    if (proxy.down) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      new URL(req.url!, proxy.target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
  proxy.origin = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
  return proxy;
}

describe("behind a reverse proxy (BETTER_AUTH_URL is not the address next start listens on)", () => {
  const TOKEN = "proxy-initial-access-token-0123456789";
  let proxy: Proxy;
  let server: RunningServer | undefined;
  let database: Awaited<ReturnType<typeof createDatabase>> | undefined;
  const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
  /** Registration through the proxy, from an address of its own (rate limits are on). */
  const registerHere = (metadata: Record<string, unknown>, address = ip()) =>
    registerTestClient(proxy.origin, metadata, TOKEN, { "x-real-ip": address });

  beforeAll(async () => {
    proxy = await startProxy();
    database = await createDatabase("gatehouse_facts");
    server = await startServer({
      DATABASE_URL: database.url,
      BETTER_AUTH_URL: proxy.origin,
      BETTER_AUTH_SECRET: "proxy-test-secret-0123456789abcdef0123456789",
      INITIAL_ACCESS_TOKEN: TOKEN,
      SEED_DEMO_CLIENTS: "false",
      RATE_LIMIT_ENABLED: "true",
      RATE_LIMIT_REGISTER: "2",
      IP_ADDRESS_HEADERS: "x-real-ip",
      // The test proxy is the trusted hop that sets x-real-ip (lib/client-address.ts).
      TRUSTED_PROXIES: "127.0.0.1,::1",
    });
    proxy.target = server.baseUrl;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await new Promise((resolve) => proxy?.server.close(resolve));
  });

  it("serves discovery under the public issuer, not the address it listens on", async () => {
    const res = await fetch(`${server!.baseUrl}/.well-known/openid-configuration`);
    expect((await res.json()).issuer).toBe(`${proxy.origin}/api/auth`);
  });

  describe("fact 22: DPoP proofs name the public URL", () => {
    const proof = async (htu: string) => {
      const { publicKey, privateKey } = await jose.generateKeyPair("ES256");
      return new jose.SignJWT({ htm: "POST", htu, jti: randomUUID() })
        .setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: await jose.exportJWK(publicKey) })
        .setIssuedAt()
        .sign(privateKey);
    };

    it("accepts a proof for the public token URL and refuses one for the internal URL", async () => {
      const machine = await registerHere({
        client_name: "DPoP machine",
        grant_types: ["client_credentials"],
        scope: "api:read",
      });
      const config = await rpConfig(machine, proxy.origin);
      const dpop = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair("ES256"));
      const tokens = await oidc.clientCredentialsGrant(
        config,
        { scope: "api:read" },
        { DPoP: dpop },
      );
      expect(tokens.token_type.toLowerCase()).toBe("dpop");

      const send = async (htu: string) =>
        fetch(`${proxy.origin}/api/auth/oauth2/token`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            authorization: basic(machine.client_id, machine.client_secret!),
            dpop: await proof(htu),
          },
          body: new URLSearchParams({ grant_type: "client_credentials", scope: "api:read" }),
        });
      const publicUrl = await send(`${proxy.origin}/api/auth/oauth2/token`);
      expect(publicUrl.status).toBe(200);
      // What `request.url` says inside a route handler under `next start`.
      const internal = await send(`${server!.baseUrl}/api/auth/oauth2/token`);
      expect(internal.status).toBe(400);
      expect(await internal.json()).toMatchObject({
        error: "invalid_dpop_proof",
        error_description: expect.stringMatching(/htu does not match/),
      });
    });
  });

  describe("fact 13: end-session verifies id_token_hint with the JWKS fetched from BETTER_AUTH_URL", () => {
    it("cannot verify the hint while its own public URL is unreachable, and can once it is back", async () => {
      const postLogout = "http://127.0.0.1:9876/signed-out";
      const client = await registerHere({
        ...testClientMetadata(CALLBACK),
        client_name: "Logout RP",
        post_logout_redirect_uris: [postLogout],
      });
      const config = await rpConfig(client, proxy.origin);
      const browser = new Browser(proxy.origin);
      await signUp(browser);
      const { tokens } = await codeFlow(config, browser, { consent: "accept" });
      const logout = oidc.buildEndSessionUrl(config, {
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: postLogout,
      });
      const direct = new URL(logout.pathname + logout.search, server!.baseUrl);

      // The public URL is down: the server reaches itself only through it.
      const mark = proxy.seen.length;
      proxy.down = true;
      const unverified = await browser.get(direct.toString());
      proxy.down = false;
      expect(unverified.status).toBe(200);
      expect(unverified.headers.get("location")).toBeNull();
      expect(await unverified.text()).toContain("Confirm logout");
      expect(proxy.seen.slice(mark)).toContain("GET /api/auth/jwks");

      const before = proxy.seen.length;
      const verified = await browser.get(logout.toString());
      expect(verified.status).toBe(302);
      expect(verified.headers.get("location")).toMatch(/^http:\/\/127\.0\.0\.1:9876\/signed-out/);
      expect(proxy.seen.slice(before)).toContain("GET /api/auth/jwks");
    });
  });

  describe("fact 15: the rate limiter keys on the configured client-IP header", () => {
    it("counts per x-real-ip (IP_ADDRESS_HEADERS) and ignores X-Forwarded-For", async () => {
      const metadata = { ...testClientMetadata(CALLBACK), client_name: "Rate limited" };
      const from = (address: string, forwardedFor = ip()) =>
        postRegistration(proxy.origin, metadata, TOKEN, {
          "x-real-ip": address,
          "x-forwarded-for": forwardedFor,
        }).then((res) => res.status);
      const a = ip();
      expect([await from(a), await from(a), await from(a)]).toEqual([201, 201, 429]);
      expect(await from(ip(), a)).toBe(201);
    });
  });
});
