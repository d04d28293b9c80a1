import * as jose from "jose";
import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  CALLBACK,
  INITIAL_ACCESS_TOKEN,
  baseUrl,
  codeFlow,
  issuer,
  registerClient,
  rpConfig,
  signUp,
  type RegisteredClient,
} from "./helpers";

/**
 * Malformed input on every protocol endpoint: never a 5xx, always the RFC error. Most of
 * these reach a 500 inside Better Auth (PostgreSQL rejects 0x00 in text, jose errors are
 * not mapped) and are answered by the boundary in lib/oauth/boundary/.
 */

type Answer =
  /** A browser endpoint: the portal's error page, never the client. */
  | { status: 302; portalError: string }
  /** An RFC 6749 §5.2 / RFC 6750 §3.1 error body, with the challenge a 401 must carry. */
  | { status: number; error: string; challenge?: "Basic" | "Bearer" | "DPoP" }
  /** RFC 7662 §2.2 and RFC 7009 §2.2 answers. */
  | { status: 200; body?: unknown };
type Case = { name: string; send: () => Promise<Response>; answer: Answer };

const LOGGED_OUT = "http://127.0.0.1:9876/logged-out";
const OVER_64_KIB = "a".repeat(65 * 1024);

let client: RegisteredClient;
let logoutClient: RegisteredClient;
let tokens: oidc.TokenEndpointResponse;
let logoutIdToken: string;
const browser = new Browser();
/** JWT-shaped tokens this server never issued. */
const forged = { none: "", hs256: "", unknownKid: "", tamperedSignature: "" };
type Forgery = keyof typeof forged;
const FORGERIES: [Forgery, string][] = [
  ["none", "an alg none JWT"],
  ["hs256", "an HS256 JWT signed with a random key"],
  ["unknownKid", "an RS256 JWT with an unknown kid"],
  ["tamperedSignature", "a real token with a tampered signature"],
];

beforeAll(async () => {
  client = await registerClient();
  logoutClient = await registerClient({ post_logout_redirect_uris: [LOGGED_OUT] });
  await signUp(browser);
  ({ tokens } = await codeFlow(await rpConfig(client), browser, { consent: "accept" }));
  const logout = await codeFlow(await rpConfig(logoutClient), browser, { consent: "accept" });
  logoutIdToken = logout.tokens.id_token!;

  const claims = {
    sub: "someone",
    aud: client.client_id,
    scope: "openid",
    client_id: client.client_id,
  };
  const jwt = () =>
    new jose.SignJWT(claims).setIssuer(issuer()).setIssuedAt().setExpirationTime("10m");
  forged.none = new jose.UnsecuredJWT(claims)
    .setIssuer(issuer())
    .setIssuedAt()
    .setExpirationTime("10m")
    .encode();
  forged.hs256 = await jwt()
    .setProtectedHeader({ alg: "HS256" })
    .sign(crypto.getRandomValues(new Uint8Array(32)));
  const { privateKey } = await jose.generateKeyPair("RS256");
  forged.unknownKid = await jwt()
    .setProtectedHeader({ alg: "RS256", kid: "not-our-key" })
    .sign(privateKey);
  const [header, payload, signature = ""] = tokens.id_token!.split(".");
  forged.tamperedSignature = `${header}.${payload}.${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
});

const post = (path: string, body?: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${issuer()}${path}`, { method: "POST", redirect: "manual", headers, body });
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${issuer()}${path}`, { redirect: "manual", headers });
const form = (path: string, body: string, headers: Record<string, string> = {}) =>
  post(path, body, { "content-type": "application/x-www-form-urlencoded", ...headers });
const asJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  post(path, JSON.stringify(body), { "content-type": "application/json", ...headers });
/** A body sent in chunks, without Content-Length. */
const chunked = (path: string, body: string, headers: Record<string, string>) => {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
      controller.close();
    },
  });
  const init = { method: "POST", headers, body: stream, duplex: "half" };
  return fetch(`${issuer()}${path}`, init as RequestInit);
};

const basic = (id: string, secret: string) => ({
  authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`,
});
const clientAuth = () => basic(client.client_id, client.client_secret!);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const initialAccess = { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}` };

function authorizeUrl(params: Record<string, string> = {}, suffix = "") {
  const query = new URLSearchParams({
    response_type: "code",
    client_id: client.client_id,
    redirect_uri: CALLBACK,
    scope: "openid",
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    code_challenge_method: "S256",
    state: "state-1",
    ...params,
  });
  return `/api/auth/oauth2/authorize?${query}${suffix}`;
}

function endSessionUrl(params: Record<string, string> = {}, suffix = "") {
  const query = new URLSearchParams({
    client_id: logoutClient.client_id,
    id_token_hint: logoutIdToken,
    post_logout_redirect_uri: LOGGED_OUT,
    state: "state-1",
    ...params,
  });
  return `/api/auth/oauth2/end-session?${query}${suffix}`;
}

const metadata = (extra: Record<string, unknown> = {}) => ({
  client_name: "Malformed RP",
  application_type: "native",
  redirect_uris: [CALLBACK],
  token_endpoint_auth_method: "client_secret_basic",
  ...extra,
});

const title = (answer: Answer) =>
  "portalError" in answer
    ? `sends the browser to the error page with ${answer.portalError}`
    : "error" in answer
      ? `answers ${answer.error} (${answer.status})`
      : `answers ${answer.status}${answer.body ? ` ${JSON.stringify(answer.body)}` : ""}`;

async function expectAnswer(res: Response, answer: Answer) {
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  expect(res.status, text).toBe(answer.status);
  if ("portalError" in answer) {
    const location = new URL(res.headers.get("location")!, baseUrl());
    expect(`${location.origin}${location.pathname}`).toBe(`${baseUrl()}/error`);
    expect(location.searchParams.get("error")).toBe(answer.portalError);
  } else if ("error" in answer) {
    expect(JSON.parse(text)).toMatchObject({ error: answer.error });
    if (answer.challenge) {
      const challenge = res.headers.get("www-authenticate") ?? "";
      expect(challenge.split(" ")[0]).toBe(answer.challenge);
      if (answer.challenge !== "Basic") expect(challenge).toContain(`error="${answer.error}"`);
    }
  } else if (answer.body) {
    expect(JSON.parse(text)).toEqual(answer.body);
  }
}

function table(cases: Case[]) {
  for (const { name, send, answer } of cases) {
    it(`${title(answer)} for ${name}`, async () => expectAnswer(await send(), answer));
  }
}

const invalidRequest = { status: 400, error: "invalid_request" } as const;
const invalidClient = { status: 401, error: "invalid_client", challenge: "Basic" } as const;
const tooLarge = { status: 413, error: "invalid_request" } as const;
const portal = (error: string) => ({ status: 302, portalError: error }) as const;

describe("malformed input at the token endpoint", () => {
  const token = (body: string, headers: Record<string, string> = clientAuth()) =>
    form("/oauth2/token", body, headers);
  table([
    {
      name: "a NUL byte in client_id",
      send: () => token(`grant_type=client_credentials&client_id=a%00b&client_secret=secret`, {}),
      answer: invalidClient,
    },
    {
      name: "a NUL byte in client_secret",
      send: () =>
        token(`grant_type=client_credentials&client_id=${client.client_id}&client_secret=a%00`, {}),
      answer: invalidClient,
    },
    {
      name: "a NUL byte in the client_id of a Basic header",
      send: () => token("grant_type=client_credentials", basic("a\u0000b", "secret")),
      answer: invalidClient,
    },
    {
      name: "a form-encoded NUL byte (%00) in the client_id of a Basic header",
      send: () => token("grant_type=client_credentials", basic("a%00b", "secret")),
      answer: invalidClient,
    },
    {
      name: "a NUL byte in a form value",
      send: () =>
        token(`grant_type=authorization_code&code=a%00b&code_verifier=x&redirect_uri=${CALLBACK}`),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in a query value",
      send: () => form("/oauth2/token?code=%00", "grant_type=client_credentials", clientAuth()),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in a JSON value",
      send: () =>
        asJson(
          "/oauth2/token",
          { grant_type: "authorization_code", code: "a\u0000b" },
          clientAuth(),
        ),
      answer: invalidRequest,
    },
    {
      name: "a JSON body",
      send: () => asJson("/oauth2/token", { grant_type: "client_credentials" }, clientAuth()),
      answer: invalidRequest,
    },
    {
      name: "a text/plain body",
      send: () =>
        post("/oauth2/token", "grant_type=client_credentials", {
          ...clientAuth(),
          "content-type": "text/plain",
        }),
      answer: invalidRequest,
    },
    {
      name: "a multipart body",
      send: () => {
        const body = new FormData();
        body.set("grant_type", "client_credentials");
        return post("/oauth2/token", body, clientAuth());
      },
      answer: invalidRequest,
    },
    {
      name: "an empty form body",
      send: () => token(""),
      answer: invalidRequest,
    },
    {
      name: "an empty body without a content type",
      send: () => post("/oauth2/token", undefined, clientAuth()),
      answer: invalidRequest,
    },
    {
      name: "invalid JSON",
      send: () =>
        post("/oauth2/token", "{", { ...clientAuth(), "content-type": "application/json" }),
      answer: invalidRequest,
    },
    {
      name: "a body over 64 KiB",
      send: () => token(`grant_type=client_credentials&padding=${OVER_64_KIB}`),
      answer: tooLarge,
    },
    {
      name: "a chunked body over 64 KiB without Content-Length",
      send: () =>
        chunked("/oauth2/token", `grant_type=client_credentials&padding=${OVER_64_KIB}`, {
          ...clientAuth(),
          "content-type": "application/x-www-form-urlencoded",
        }),
      answer: tooLarge,
    },
    {
      name: "grant_type twice",
      send: () => token("grant_type=refresh_token&grant_type=client_credentials"),
      answer: invalidRequest,
    },
    {
      name: "an alg none client_assertion",
      send: () =>
        token(
          `grant_type=client_credentials&client_id=${client.client_id}` +
            `&client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer&client_assertion=${forged.none}`,
          {},
        ),
      answer: { status: 400, error: "invalid_client" },
    },
    {
      name: "an alg none DPoP proof",
      send: () =>
        token(`grant_type=refresh_token&refresh_token=${tokens.refresh_token}`, {
          ...clientAuth(),
          dpop: forged.none,
        }),
      answer: { status: 400, error: "invalid_dpop_proof" },
    },
  ]);
});

describe("malformed input at the authorization endpoint", () => {
  table([
    {
      name: "a NUL byte in client_id",
      send: () => browser.get(authorizeUrl({ client_id: `${client.client_id}\u0000` })),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in redirect_uri",
      send: () => browser.get(authorizeUrl({ redirect_uri: `${CALLBACK}\u0000` })),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in state",
      send: () => browser.get(authorizeUrl({ state: "a\u0000b" })),
      answer: portal("invalid_request"),
    },
    {
      name: "client_id twice",
      send: () => browser.get(authorizeUrl({}, `&client_id=${client.client_id}`)),
      answer: portal("invalid_request"),
    },
    {
      name: "a state of 10,000 characters",
      send: () => browser.get(authorizeUrl({ state: "s".repeat(10_000) })),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in a form POST",
      send: () =>
        form(
          "/oauth2/authorize",
          new URLSearchParams({ client_id: client.client_id, state: "\u0000" }).toString(),
        ),
      answer: portal("invalid_request"),
    },
    {
      name: "a JSON POST",
      send: () =>
        asJson("/oauth2/authorize", { client_id: client.client_id, response_type: "code" }),
      answer: portal("invalid_request"),
    },
  ]);
});

describe("malformed input at the UserInfo endpoint", () => {
  table([
    ...FORGERIES.map(([kind, name]) => ({
      name,
      send: () => get("/oauth2/userinfo", bearer(forged[kind])),
      answer: { status: 401, error: "invalid_token", challenge: "Bearer" } as const,
    })),
    {
      name: "an alg none JWT under the DPoP scheme",
      send: () => get("/oauth2/userinfo", { authorization: `DPoP ${forged.none}` }),
      answer: { status: 401, error: "invalid_token", challenge: "DPoP" },
    },
    {
      name: "a NUL byte in a query value",
      send: () => get("/oauth2/userinfo?access_token=a%00b"),
      answer: { ...invalidRequest, challenge: "Bearer" },
    },
    {
      name: "a NUL byte in a parameter name outside Latin-1",
      send: () => get("/oauth2/userinfo?%E2%82%AC%00=1", bearer(tokens.access_token)),
      answer: { ...invalidRequest, challenge: "Bearer" },
    },
    {
      name: "a NUL byte in a form value",
      send: () => form("/oauth2/userinfo", "access_token=a%00b"),
      answer: { ...invalidRequest, challenge: "Bearer" },
    },
    {
      name: "a JSON body",
      send: () => asJson("/oauth2/userinfo", { access_token: tokens.access_token }),
      answer: { ...invalidRequest, challenge: "Bearer" },
    },
  ]);

  it("still answers a bodyless POST that carries the token in the header", async () => {
    const res = await post("/oauth2/userinfo", undefined, bearer(tokens.access_token));
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty("sub");
  });
});

describe("malformed input at the introspection endpoint", () => {
  const introspect = (body: string, headers: Record<string, string> = clientAuth()) =>
    form("/oauth2/introspect", body, headers);
  table([
    ...FORGERIES.map(([kind, name]) => ({
      name,
      send: () => introspect(`token=${forged[kind]}`),
      answer: { status: 200, body: { active: false } } as const,
    })),
    { name: "a NUL byte in token", send: () => introspect("token=a%00b"), answer: invalidRequest },
    {
      name: "a NUL byte in client_id",
      send: () => introspect("token=abc&client_id=a%00&client_secret=secret", {}),
      answer: invalidClient,
    },
    {
      name: "a NUL byte in the client_id of a Basic header",
      send: () => introspect("token=abc", basic("a\u0000b", "secret")),
      answer: invalidClient,
    },
    {
      name: "a JSON body",
      send: () => asJson("/oauth2/introspect", { token: tokens.access_token }, clientAuth()),
      answer: invalidRequest,
    },
    { name: "token twice", send: () => introspect("token=a&token=b"), answer: invalidRequest },
    {
      name: "a body over 64 KiB",
      send: () => introspect(`token=${OVER_64_KIB}`),
      answer: tooLarge,
    },
  ]);
});

describe("malformed input at the revocation endpoint", () => {
  const revoke = (body: string, headers: Record<string, string> = clientAuth()) =>
    form("/oauth2/revoke", body, headers);
  table([
    ...FORGERIES.map(([kind, name]) => ({
      name,
      send: () => revoke(`token=${forged[kind]}`),
      answer: { status: 200 } as const,
    })),
    { name: "a NUL byte in token", send: () => revoke("token=a%00b"), answer: invalidRequest },
    {
      name: "a NUL byte in client_id",
      send: () => revoke("token=abc&client_id=a%00&client_secret=secret", {}),
      answer: invalidClient,
    },
    {
      name: "a NUL byte in the client_id of a Basic header",
      send: () => revoke("token=abc", basic("a\u0000b", "secret")),
      answer: invalidClient,
    },
    {
      name: "a text/plain body",
      send: () =>
        post("/oauth2/revoke", "token=abc", { ...clientAuth(), "content-type": "text/plain" }),
      answer: invalidRequest,
    },
    { name: "token twice", send: () => revoke("token=a&token=b"), answer: invalidRequest },
  ]);
});

describe("malformed input at the registration endpoint", () => {
  const register = (body: unknown) => asJson("/oauth2/register", body, initialAccess);
  table([
    {
      name: "a NUL byte in client_name",
      send: () => register(metadata({ client_name: "a\u0000b" })),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in a redirect URI",
      send: () => register(metadata({ redirect_uris: [`${CALLBACK}\u0000`] })),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in a post-logout redirect URI",
      send: () => register(metadata({ post_logout_redirect_uris: [`${LOGGED_OUT}\u0000`] })),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in contacts",
      send: () => register(metadata({ contacts: ["a\u0000b@example.test"] })),
      answer: invalidRequest,
    },
    {
      name: "invalid JSON",
      send: () =>
        post("/oauth2/register", "{", { ...initialAccess, "content-type": "application/json" }),
      answer: invalidRequest,
    },
    {
      name: "an empty body",
      send: () =>
        post("/oauth2/register", "", { ...initialAccess, "content-type": "application/json" }),
      answer: { status: 400, error: "invalid_client_metadata" },
    },
    {
      name: "a text/plain body",
      send: () =>
        post("/oauth2/register", JSON.stringify(metadata()), {
          ...initialAccess,
          "content-type": "text/plain",
        }),
      answer: invalidRequest,
    },
    {
      name: "a form body",
      send: () =>
        form(
          "/oauth2/register",
          `client_name=x&redirect_uris=${encodeURIComponent(CALLBACK)}`,
          initialAccess,
        ),
      answer: invalidRequest,
    },
    {
      name: "a body over 64 KiB",
      send: () => register(metadata({ client_name: OVER_64_KIB })),
      answer: tooLarge,
    },
  ]);
});

describe("malformed input at the end-session endpoint", () => {
  table([
    {
      name: "a NUL byte in client_id",
      send: () => browser.get(endSessionUrl({ client_id: "a\u0000b" })),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in post_logout_redirect_uri",
      send: () => browser.get(endSessionUrl({ post_logout_redirect_uri: `${LOGGED_OUT}\u0000` })),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in state",
      send: () => browser.get(endSessionUrl({ state: "a\u0000b" })),
      answer: portal("invalid_request"),
    },
    {
      name: "client_id twice",
      send: () => browser.get(endSessionUrl({}, `&client_id=${logoutClient.client_id}`)),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in a form POST",
      send: () => form("/oauth2/end-session", `client_id=${logoutClient.client_id}&state=a%00b`),
      answer: portal("invalid_request"),
    },
    {
      name: "a NUL byte in a JSON POST",
      send: () =>
        asJson("/oauth2/end-session", { client_id: logoutClient.client_id, state: "a\u0000b" }),
      answer: portal("invalid_request"),
    },
    {
      name: "invalid JSON",
      send: () => post("/oauth2/end-session", "{", { "content-type": "application/json" }),
      answer: portal("invalid_request"),
    },
  ]);

  // A hint that does not verify is no proof of who asks: the browser is asked to confirm
  // (RP-initiated logout §2), never signed out or sent to the client.
  for (const [kind, name] of FORGERIES) {
    it(`asks to confirm, without logging out or redirecting, for ${name} as id_token_hint`, async () => {
      const res = await browser.get(endSessionUrl({ id_token_hint: forged[kind] }));
      expect(res.status).toBe(200);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain("Confirm logout");
      const session = await browser.get("/api/auth/get-session", { accept: "application/json" });
      expect(await session.json()).not.toBeNull();
    });
  }
});

describe("malformed input at the consent endpoint", () => {
  const consent = (body: unknown) => browser.post("/api/auth/oauth2/consent", body);
  table([
    {
      name: "a NUL byte in oauth_query",
      send: () => consent({ accept: true, oauth_query: "client_id=a\u0000b" }),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in scope",
      send: () => consent({ accept: true, scope: "openid\u0000", oauth_query: "client_id=x" }),
      answer: invalidRequest,
    },
    {
      name: "invalid JSON",
      send: () =>
        post("/oauth2/consent", "{", {
          "content-type": "application/json",
          cookie: browser.cookieHeader(),
          origin: baseUrl(),
        }),
      answer: invalidRequest,
    },
  ]);
});

describe("malformed input at email sign-in", () => {
  const signIn = (body: unknown) => new Browser().post("/api/auth/sign-in/email", body);
  table([
    {
      name: "a NUL byte in the email",
      send: () => signIn({ email: "a\u0000b@example.test", password: "correct-horse-battery" }),
      answer: invalidRequest,
    },
    {
      name: "a NUL byte in the password",
      send: () => signIn({ email: "nobody@example.test", password: "correct\u0000horse" }),
      answer: invalidRequest,
    },
    {
      name: "invalid JSON",
      send: () =>
        post("/sign-in/email", "{", { "content-type": "application/json", origin: baseUrl() }),
      answer: invalidRequest,
    },
    {
      name: "a body over 64 KiB",
      send: () => signIn({ email: "nobody@example.test", password: OVER_64_KIB }),
      answer: tooLarge,
    },
  ]);
});
